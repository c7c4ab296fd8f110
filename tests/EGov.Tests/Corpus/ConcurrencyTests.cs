namespace EGov.Tests.Corpus;

/// <summary>Imports into the same folder at the same time: none loses another's edition, and one that cannot wait says so.</summary>
[Collection(ImportProcessCollection.Name)]
public sealed class ConcurrencyTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Concurrent_imports_of_different_editions_all_survive(int round)
    {
        using var scenario = new ImportScenario($"concurrent{round}");
        var editions = Enumerable.Range(0, 5).Select(i => 2026 + 2 * i).ToList();
        var runs = editions.Select(e => ImportProcess.Start(scenario.ImportArgs(e, "--wait", "120"))).ToList();
        var results = runs.Select(r => r.Wait(TimeSpan.FromSeconds(180))).ToList();
        runs.ForEach(r => r.Dispose());

        Assert.All(results, r => Assert.False(r.Hung));
        Assert.All(results, r => Assert.True(r.Exit == 0, r.Stderr));
        Assert.Equal([2024, .. editions], scenario.LoadedEditions());
        Assert.Empty(scenario.Leftovers());
    }

    [Fact]
    public void An_import_that_cannot_wait_for_the_lock_is_refused_with_a_clear_message_and_changes_nothing()
    {
        using var scenario = new ImportScenario("locked");
        var before = CorpusRunner.Snapshot(scenario.Out);
        using var holder = ImportProcess.Start(scenario.ImportArgs(2026), new Dictionary<string, string> { [EGov.Data.Storage.JournalCheckpoint.Variable] = "locked" });
        Assert.True(holder.WaitForPause(TimeSpan.FromSeconds(60)), holder.Stderr);

        var (exit, stdout, stderr, hung) = ImportProcess.Run(scenario.ImportArgs(2028, "--wait", "1"), TimeSpan.FromSeconds(60));

        Assert.False(hung);
        Assert.Equal(2, exit);
        Assert.Contains("another egov import is writing to", stderr);
        Assert.Contains(scenario.Out, stderr);
        Assert.Equal("", stdout);
        Assert.Equal(before, CorpusRunner.Snapshot(scenario.Out));
        holder.KillHard();
        Assert.Equal([2024], scenario.LoadedEditions());
    }
}
