using System.Globalization;
using System.Text.RegularExpressions;
using EGov.Tests.Notebooks;

namespace EGov.Tests.Run;

/// <summary>
/// A warm worker's memory comes back after each notebook: notebooks with charts, maps and frames run twice in one worker
/// (<c>--parallel 1</c>), and the managed heap after each (EGOV_RUN_PHASES: measured after a compacting collection) may
/// not grow from the first pass to the second by more than 20 MB. Before issue 22 it grew by about 40-80 MB a notebook:
/// each notebook's outputs carried plotly.js (3.7 MB), and the pooled buffers that wrote them (up to 64 MB each, one per
/// thread) stayed in the shared array pool.
/// </summary>
public sealed partial class WorkerMemoryTests : IDisposable
{
    private static readonly string[] Notebooks = ["03-regional-disparities.ipynb", "04-trends-and-convergence.ipynb", "09-e-participation.ipynb"];
    private readonly string folder = Directory.CreateTempSubdirectory("egov-worker-memory-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void The_managed_heap_after_a_second_pass_is_within_20_MB_of_the_first()
    {
        // A copy of the collection with each notebook listed twice (again-NN-...), beside a link to the built library.
        var notebooks = Path.Combine(folder, "notebooks");
        CopyFolder(RepositoryPaths.Notebooks, notebooks);
        Directory.CreateSymbolicLink(Path.Combine(folder, "lib"), Path.Combine(RepositoryPaths.Root, "lib"));
        foreach (var name in Notebooks) File.Copy(Path.Combine(notebooks, name), Path.Combine(notebooks, "again-" + name));
        var (exit, stdout, stderr) = CliProcess.RunWithEnvironment(
            new Dictionary<string, string?> { ["EGOV_RUN_PHASES"] = "1", ["EGOV_CHROMIUM"] = "/nonexistent" }, notebooks,
            ["run", .. Notebooks, .. Notebooks.Select(n => "again-" + n), "--parallel", "1", "--force", "--timeout", "120", "--out", Path.Combine(folder, "out")]);
        Assert.True(exit == 0, $"exit {exit}\n{stdout}\n{stderr}");
        var managed = Managed().Matches(stderr).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        Assert.True(managed.Count == 2 * Notebooks.Length, $"one worker line per notebook expected:\n{stderr}");
        Assert.Single(Worker().Matches(stderr).Select(m => m.Groups[1].Value).Distinct());
        var first = managed[Notebooks.Length - 1];
        Assert.True(managed[^1] <= first + 20, $"managed MB after each notebook: {string.Join(" ", managed)} (first pass ended at {first})");
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var sub in Directory.GetDirectories(from)) CopyFolder(sub, Path.Combine(to, Path.GetFileName(sub)));
    }

    [GeneratedRegex(@"notebook \d+ \([^)]*\): [0-9.]+ s, managed (\d+) MB")]
    private static partial Regex Managed();

    [GeneratedRegex(@"egov run: worker (\d+) notebook")]
    private static partial Regex Worker();
}
