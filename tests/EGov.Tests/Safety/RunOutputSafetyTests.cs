using System.Diagnostics;
using System.Text.Json.Nodes;
using EGov.Tests.Run;

namespace EGov.Tests.Safety;

/// <summary>
/// `egov run` never deletes or overwrites a file it did not write, and never writes over its sources: real `egov run`
/// processes against folders that hold other files (nested), checked byte-identical afterwards (docs/reliability.md, "run").
/// </summary>
public sealed class RunOutputSafetyTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("egov-run-safety-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private const string Source = "tests/EGov.Tests/Safety/RunOutputSafetyTests.cs";

    private static string Line(string[] args) => "`egov " + string.Join(' ', args.Select(a => a.Length == 0 ? "''" : a)) + "`";

    private static string Code(int exit) => exit.ToString(System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Out_that_is_the_notebooks_folder_or_above_it_is_refused_before_anything_is_touched()
    {
        var d = Path.Combine(root, "D");
        SafetyNotebooks.Prose(d, "nb.ipynb");
        SafetyNotebooks.Prose(Path.Combine(d, "sub"), "other.ipynb");
        FolderSnapshot.WriteUserFiles(d);
        File.CreateSymbolicLink(Path.Combine(root, "link-to-D"), d);
        var before = FolderSnapshot.Of(root);

        var cases = new (string[] Args, string Says)[]
        {
            (["run", "D/nb.ipynb", "--out", "D"], "is the folder of the notebook"),
            (["run", "D/nb.ipynb", "--out", "D/"], "is the folder of the notebook"),
            (["run", "D/sub/other.ipynb", "--out", "D"], "holds the notebook"),
            (["run", "D/nb.ipynb", "--out", "."], "holds the notebook"),
            (["run", "D/nb.ipynb", "--out", "link-to-D"], "is the folder of the notebook"),
            (["run", "link-to-D/nb.ipynb", "--out", "D"], "is the folder of the notebook"),
            (["run", "D/nb.ipynb", "--out", "D/nb.ipynb"], "is a file"),
            (["run", "D/nb.ipynb", "--out", ""], "empty"),
            (["run", "", "--out", "out"], "empty"),
        };
        var table = new DocTable("command line (D holds nb.ipynb, sub/other.ipynb and a user's nested files; link-to-D is a link to D)", "exit", "the message", "the folder after");
        foreach (var (args, says) in cases)
        {
            var run = CliProcess.Run(root, args);
            Assert.True(run.Exit == 2, $"{string.Join(' ', args)}: exit {run.Exit}\n{run.Stderr}");
            Assert.Contains(says, run.Stderr);
            Assert.DoesNotContain("Unhandled", run.Stderr);
            Assert.DoesNotContain("   at ", run.Stderr);
            Assert.Equal(before, FolderSnapshot.Of(root));
            table.Add(Line(args), Code(run.Exit), DocTable.Message(run.Stderr, root), $"byte-identical ({before.Count} entries)");
        }
        ReliabilityDoc.Check("run-out-sources", Source, table.ToString());
    }

    [Fact]
    public void Two_notebooks_with_one_file_name_are_refused_naming_both()
    {
        var a = SafetyNotebooks.Prose(Path.Combine(root, "a"), "x.ipynb");
        var b = SafetyNotebooks.Prose(Path.Combine(root, "b"), "x.ipynb");
        var c = SafetyNotebooks.Prose(Path.Combine(root, "c"), "X.ipynb");
        var table = new DocTable("command line", "exit", "the message", "--out after");
        foreach (var pair in new[] { ("a/x.ipynb", "b/x.ipynb"), ("a/x.ipynb", "c/X.ipynb") })
        {
            string[] args = ["run", pair.Item1, pair.Item2, "--out", "out"];
            var run = CliProcess.Run(root, args);
            Assert.True(run.Exit == 2, run.Stderr);
            Assert.Contains(Path.Combine(root, pair.Item1), run.Stderr);
            Assert.Contains(Path.Combine(root, pair.Item2), run.Stderr);
            Assert.Contains("same file name", run.Stderr);
            Assert.DoesNotContain("Unhandled", run.Stderr);
            Assert.False(Directory.Exists(Path.Combine(root, "out")));
            table.Add(Line(args), Code(run.Exit), DocTable.Message(run.Stderr, root), "not created");
        }
        ReliabilityDoc.Check("run-same-names", Source, table.ToString());
        Assert.True(File.Exists(a) && File.Exists(b) && File.Exists(c));
    }

    [Fact]
    public void A_folder_holding_other_files_keeps_them_and_a_new_run_replaces_only_the_previous_runs_files()
    {
        var output = Path.Combine(root, "out");
        FolderSnapshot.WriteUserFiles(output);
        var user = FolderSnapshot.Of(output);
        SafetyNotebooks.Prose(root, "a.ipynb");
        SafetyNotebooks.Prose(root, "b.ipynb");
        SafetyNotebooks.Prose(root, "c.ipynb");

        var first = CliProcess.Run(root, "run", "a.ipynb", "b.ipynb", "--out", "out");
        Assert.True(first.Exit == 0, first.Stderr);
        FolderSnapshot.AssertKept(user, FolderSnapshot.Of(output));
        Assert.True(File.Exists(Path.Combine(output, "a.ipynb")) && File.Exists(Path.Combine(output, "b.html")));
        var second = CliProcess.Run(root, "run", "c.ipynb", "--out", "out");
        Assert.True(second.Exit == 0, second.Stderr);
        var after = FolderSnapshot.Of(output);
        FolderSnapshot.AssertKept(user, after);
        // The previous run's notebooks and pages are gone: run-summary.json never sits beside another run's notebooks.
        foreach (var stale in new[] { "a.ipynb", "b.ipynb", "a.html", "b.html" }) Assert.False(after.ContainsKey(stale), stale + " is left from the previous run");
        Assert.True(after.ContainsKey("c.ipynb") && after.ContainsKey("c.html"));
        var summary = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "run-summary.json")))!;
        Assert.Equal(["c.ipynb"], summary["notebooks"]!.AsArray().Select(n => (string)n!["executedNotebook"]!));

        var manifest = File.ReadAllLines(Path.Combine(output, ".egov-run-files"));
        Assert.Contains("run-summary.json", manifest);
        Assert.Contains("c.ipynb", manifest);
        Assert.DoesNotContain("a.ipynb", manifest);
        Assert.DoesNotContain("important.txt", manifest);
        var table = new DocTable("step (--out holds a user's nested files)", "exit", "what happened");
        table.Add("`egov run a.ipynb b.ipynb --out out`", Code(first.Exit), $"the user's {user.Count} entries byte-identical; a.ipynb, b.html written");
        table.Add("`egov run c.ipynb --out out`", Code(second.Exit), $"the user's {user.Count} entries byte-identical; the previous run's a.ipynb, b.ipynb, a.html, b.html removed; run-summary.json names c.ipynb only; .egov-run-files lists {manifest.Count(l => !l.StartsWith('#'))} files of this run, none of the user's");

        // A folder an older egov run wrote (no manifest yet): its run-summary.json names its files, so a new run goes on.
        File.Delete(Path.Combine(output, ".egov-run-files"));
        var again = CliProcess.Run(root, "run", "c.ipynb", "--out", "out");
        Assert.True(again.Exit == 0, again.Stderr);
        FolderSnapshot.AssertKept(user, FolderSnapshot.Of(output));
        table.Add("the same after .egov-run-files was deleted (a folder an older egov run wrote)", Code(again.Exit), $"its files taken from run-summary.json; the user's {user.Count} entries byte-identical");
        ReliabilityDoc.Check("run-out-kept", Source, table.ToString());
    }

    [Fact]
    public void A_file_in_the_way_that_no_run_wrote_refuses_the_run_and_changes_nothing()
    {
        var output = Path.Combine(root, "out");
        FolderSnapshot.WriteUserFiles(output);
        SafetyNotebooks.Prose(root, "a.ipynb");
        var table = new DocTable("a user's file where `egov run a.ipynb --out out` writes", "exit", "the message", "the folder after");
        foreach (var mine in new[] { "index.html", "a.ipynb", "a.html", "run-summary.json", "assets/report.css", ".results/a.json" })
        {
            var path = Path.Combine(output, mine);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "the user's own " + mine);
            var before = FolderSnapshot.Of(root);
            var run = CliProcess.Run(root, "run", "a.ipynb", "--out", "out");
            Assert.True(run.Exit == 2, $"{mine}: exit {run.Exit}\n{run.Stderr}");
            Assert.Contains(mine, run.Stderr);
            Assert.Contains("did not write", run.Stderr);
            Assert.Equal(before, FolderSnapshot.Of(root));
            table.Add(mine, Code(run.Exit), DocTable.Message(run.Stderr, root), "byte-identical");
            File.Delete(path);
        }
        ReliabilityDoc.Check("run-in-the-way", Source, table.ToString());
    }

    [Fact]
    public void A_damaged_manifest_naming_files_outside_the_folder_is_refused_and_nothing_outside_is_removed()
    {
        var output = Path.Combine(root, "out");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(root, "precious.txt"), "keep me\n");
        File.WriteAllText(Path.Combine(output, ".egov-run-files"), "../precious.txt\n");
        SafetyNotebooks.Prose(root, "a.ipynb");
        var before = FolderSnapshot.Of(root);
        var run = CliProcess.Run(root, "run", "a.ipynb", "--out", "out");
        Assert.Equal(2, run.Exit);
        Assert.Contains("damaged", run.Stderr);
        Assert.Equal(before, FolderSnapshot.Of(root));
        var table = new DocTable("case", "exit", "the message", "the folder after");
        table.Add("`.egov-run-files` in --out naming `../precious.txt`", Code(run.Exit), DocTable.Message(run.Stderr, root), "byte-identical, precious.txt kept");
        ReliabilityDoc.Check("run-damaged-manifest", Source, table.ToString());
    }

    [Theory]
    [InlineData("SIGTERM")]
    [InlineData("SIGKILL")]
    public void After_a_stop_no_run_summary_sits_beside_another_runs_notebooks(string signal)
    {
        var output = Path.Combine(root, "out");
        FolderSnapshot.WriteUserFiles(output);
        var user = FolderSnapshot.Of(output);
        SafetyNotebooks.Prose(root, "old.ipynb");
        Assert.Equal(0, CliProcess.Run(root, "run", "old.ipynb", "--out", "out").Exit);
        Assert.True(File.Exists(Path.Combine(output, "run-summary.json")));

        var marker = Path.Combine(root, "started");
        SafetyNotebooks.Code(root, "slow.ipynb", $"System.IO.File.WriteAllText(@\"{marker}\", \"\");\nSystem.Threading.Thread.Sleep(120_000);");
        using var process = Start(root, "run", "slow.ipynb", "--out", "out", "--timeout", "300");
        var clock = Stopwatch.StartNew();
        while (!File.Exists(marker) && !process.HasExited && clock.Elapsed < TimeSpan.FromSeconds(180)) Thread.Sleep(100);
        Assert.True(File.Exists(marker), "the notebook never started");
        var files = FolderSnapshot.Of(output);
        Assert.False(files.ContainsKey("run-summary.json"), $"the previous run's summary is still there while this run executes (after {clock.Elapsed.TotalSeconds:0.0} s; exited: {process.HasExited}; {string.Join(", ", files.Keys)})");
        Assert.False(files.ContainsKey("old.ipynb"), "the previous run's notebook is still there");
        Assert.Equal(0, Kill(process.Id, signal));
        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "egov run did not end after " + signal);
        if (signal == "SIGTERM")
        {
            Assert.Equal(130, process.ExitCode);
            Assert.Contains("interrupted", process.StandardError.ReadToEnd());
        }
        var after = FolderSnapshot.Of(output);
        Assert.False(after.ContainsKey("run-summary.json"));
        Assert.False(after.ContainsKey("old.ipynb"));
        FolderSnapshot.AssertKept(user, after);
        // The next run into the folder finds the stopped run's files listed and replaces them.
        var next = CliProcess.Run(root, "run", "old.ipynb", "--out", "out");
        Assert.True(next.Exit == 0, next.Stderr);
        FolderSnapshot.AssertKept(user, FolderSnapshot.Of(output));
        var table = new DocTable("moment (--out holds a complete earlier run and a user's files)", "what --out held");
        table.Add("while the new run executes its notebook", "no run-summary.json, no notebook of the earlier run");
        table.Add($"after {signal} of `egov run`" + (signal == "SIGTERM" ? " (exit 130, \"interrupted\")" : ""), $"no run-summary.json, no notebook of the earlier run; the user's {user.Count} entries byte-identical");
        table.Add("the next run into the folder", $"exit {Code(next.Exit)}; the user's {user.Count} entries byte-identical");
        ReliabilityDoc.Check("run-stop-" + signal, Source, table.ToString());
    }

    private static Process Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory,
        };
        start.Environment["EGOV_RUN_CACHE"] = Path.Combine(workingDirectory, ".test-cache");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "EGov.Cli.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        return Process.Start(start)!;
    }

    private static int Kill(int pid, string signal)
    {
        using var kill = Process.Start(new ProcessStartInfo("kill", ["-s", signal, pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]))!;
        kill.WaitForExit();
        return kill.ExitCode;
    }
}
