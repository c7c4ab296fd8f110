using EGov.Data.Storage;

namespace EGov.Tests.Corpus;

/// <summary>
/// kill -9 of the real program at every step of a commit (via the EGOV_IMPORT_TEST_PAUSE checkpoints) and after random
/// delays: the folder always loads, as the old dataset before the commit point and the new one after it, and the next
/// import finishes or discards the killed one and succeeds.
/// </summary>
[Collection(ImportProcessCollection.Name)]
public sealed class CrashTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    public static TheoryData<string> Points() => [.. JournalCheckpoint.Points];

    [Theory]
    [MemberData(nameof(Points))]
    public void A_kill_at_any_checkpoint_leaves_the_old_or_the_new_dataset_loadable(string point)
    {
        using var scenario = new ImportScenario("crash");
        using (var run = ImportProcess.Start(scenario.ImportArgs(2026), new Dictionary<string, string> { [JournalCheckpoint.Variable] = point }))
        {
            Assert.True(run.WaitForPause(Limit), $"never reached {point}: {run.Stderr}");
            run.KillHard();
        }
        var committed = JournalCheckpoint.Points.ToList().IndexOf(point) >= JournalCheckpoint.Points.ToList().IndexOf("committed");
        Assert.Equal(committed ? [2024, 2026] : [2024], scenario.LoadedEditions());

        var (exit, _, stderr, hung) = ImportProcess.Run(scenario.ImportArgs(2028), Limit);
        Assert.False(hung);
        Assert.True(exit == 0, stderr);
        Assert.Equal(committed ? [2024, 2026, 2028] : [2024, 2028], scenario.LoadedEditions());
        Assert.Empty(scenario.Leftovers());
    }

    [Fact]
    public void Kills_after_random_delays_never_leave_a_folder_that_does_not_load()
    {
        var random = new Random(13);
        using var scenario = new ImportScenario("crash-random");
        var expected = new List<int> { 2024 };
        for (var i = 0; i < 8; i++)
        {
            var edition = 2026 + 2 * i;
            using (var run = ImportProcess.Start(scenario.ImportArgs(edition)))
            {
                Thread.Sleep(random.Next(150, 900));
                run.KillHard();
            }
            var editions = scenario.LoadedEditions();
            Assert.True(editions.SequenceEqual(expected) || editions.SequenceEqual([.. expected, edition]), $"after kill {i}: {string.Join(",", editions)}");
            expected = [.. editions];
        }
        var (exit, _, stderr, _) = ImportProcess.Run(scenario.ImportArgs(2050), Limit);
        Assert.True(exit == 0, stderr);
        Assert.Empty(scenario.Leftovers());
    }

    [Fact]
    public void Temporary_files_of_the_old_importer_are_cleaned_up()
    {
        using var scenario = new ImportScenario("leftovers");
        var leftover = Path.Combine(scenario.Out, $".egdi.csv.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(leftover, "half a file");
        var (exit, _, stderr, _) = ImportProcess.Run(scenario.ImportArgs(2026), Limit);
        Assert.True(exit == 0, stderr);
        Assert.False(File.Exists(leftover));
        Assert.Contains("removed .egdi.csv.", stderr);
        Assert.Empty(scenario.Leftovers());
    }
}
