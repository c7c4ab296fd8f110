using System.Text.Json.Nodes;

namespace EGov.Tests.Run;

/// <summary>
/// egov run reuses a warm process for several notebooks, each in a new kernel: nothing one notebook changes in the
/// process (environment, formatters, working directory, culture) reaches the next, and a notebook that ends or hangs its
/// process costs only itself.
/// </summary>
public sealed class WorkerReuseTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("egov-reuse-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private const string Changes = """
        Environment.SetEnvironmentVariable("EGOV_REUSE_TEST", "leaked");
        Microsoft.DotNet.Interactive.Formatting.Formatter.Register<int>((i, w) => w.Write("LEAKED " + i), "text/plain");
        Microsoft.DotNet.Interactive.Formatting.Formatter.Register<int>((i, w) => w.Write("LEAKED " + i), "text/html");
        var comma = (System.Globalization.CultureInfo)System.Globalization.CultureInfo.InvariantCulture.Clone();
        comma.NumberFormat.NumberDecimalSeparator = ",";
        System.Globalization.CultureInfo.DefaultThreadCurrentCulture = comma;
        System.Globalization.CultureInfo.CurrentCulture = comma;
        Environment.CurrentDirectory = "/";
        Console.WriteLine("pid " + Environment.ProcessId);
        """;

    private const string Looks = """
        Console.WriteLine("pid " + Environment.ProcessId);
        Console.WriteLine("variable " + (Environment.GetEnvironmentVariable("EGOV_REUSE_TEST") ?? "unset"));
        Console.WriteLine("folder " + Environment.CurrentDirectory);
        Console.WriteLine("number " + 1.5);
        """;

    private (string Changer, string Looker) Write()
    {
        NotebookFiles.Write(folder, "1-changes.ipynb", ("code", Changes), ("code", "6 * 7"));
        NotebookFiles.Write(folder, "2-looks.ipynb", ("code", Looks), ("code", "6 * 7"));
        return (Path.Combine(folder, "out", "1-changes.ipynb"), Path.Combine(folder, "out", "2-looks.ipynb"));
    }

    private static string Result(string executed) =>
        string.Concat(JsonNode.Parse(File.ReadAllText(executed))!["cells"]![1]!["outputs"]![0]!["data"]!["text/plain"]!.AsArray().Select(l => (string?)l));

    [Fact]
    public void The_next_notebook_in_the_same_process_sees_nothing_the_previous_one_changed()
    {
        var (changer, looker) = Write();
        var (exit, stdout, stderr) = CliProcess.Run(folder, "run", "1-changes.ipynb", "2-looks.ipynb", "--out", Path.Combine(folder, "out"),
            "--parallel", "1", "--cache-dir", Path.Combine(folder, "cache"));
        Assert.True(exit == 0, stdout + stderr);

        var changed = NotebookFiles.Printed(changer)[0];
        var looked = NotebookFiles.Printed(looker)[0];
        Assert.Equal(changed.Split('\n')[0], looked.Split('\n')[0]); // the same process ran both
        Assert.Contains("variable unset", looked);
        Assert.Contains("folder " + folder, looked);
        Assert.Contains("number 1.5", looked);
        Assert.Equal("LEAKED 42", Result(changer));
        Assert.Equal("42", Result(looker));
    }

    [Fact]
    public void Isolate_runs_each_notebook_in_a_process_of_its_own()
    {
        var (changer, looker) = Write();
        var (exit, stdout, stderr) = CliProcess.Run(folder, "run", "1-changes.ipynb", "2-looks.ipynb", "--out", Path.Combine(folder, "out"),
            "--parallel", "1", "--isolate", "--cache-dir", Path.Combine(folder, "cache"));
        Assert.True(exit == 0, stdout + stderr);
        Assert.NotEqual(NotebookFiles.Printed(changer)[0].Split('\n')[0], NotebookFiles.Printed(looker)[0].Split('\n')[0]);
        Assert.Equal("42", Result(looker));
    }

    [Fact]
    public void A_notebook_that_ends_its_process_or_hangs_fails_alone_and_the_next_one_gets_a_new_process()
    {
        NotebookFiles.Write(folder, "1-exits.ipynb", ("code", "Console.Error.WriteLine(\"bye\");\nEnvironment.Exit(3);"));
        NotebookFiles.Write(folder, "2-hangs.ipynb", ("code", "while (true) { }"));
        NotebookFiles.Write(folder, "3-passes.ipynb", ("code", "Console.WriteLine(\"fine\");"));
        var output = Path.Combine(folder, "out");
        var (exit, stdout, stderr) = CliProcess.Run(folder, "run", "1-exits.ipynb", "2-hangs.ipynb", "3-passes.ipynb", "--out", output,
            "--parallel", "1", "--timeout", "20", "--cache-dir", Path.Combine(folder, "cache"));
        Assert.Equal(1, exit);
        var summary = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "run-summary.json")))!["notebooks"]!.AsArray();
        Assert.Equal("failed", (string?)summary[0]!["status"]);
        Assert.Contains("exited with code 3 without a result", (string?)summary[0]!["error"]);
        Assert.Equal("timed out", (string?)summary[1]!["status"]);
        Assert.Equal("passed", (string?)summary[2]!["status"]);
        Assert.Equal("fine\n", NotebookFiles.Printed(Path.Combine(output, "3-passes.ipynb"))[0]);
        Assert.Contains("2 failed", stdout);
        Assert.DoesNotContain("   at ", stdout + stderr);
    }
}
