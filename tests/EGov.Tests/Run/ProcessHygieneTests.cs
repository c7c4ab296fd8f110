using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;

namespace EGov.Tests.Run;

/// <summary>
/// Every process a cell starts ends with its notebook, whatever happens to egov run (normal end, timeout, SIGTERM,
/// SIGKILL): a direct child (<c>Process.Start("sleep", ...)</c>) and one that forks into a session of its own and leaves
/// (<c>setsid sh -c 'sleep ... &amp;'</c>). A notebook's memory is capped: past the cap it fails with a message naming the
/// cap and the option, and the run goes on with the next notebook.
/// </summary>
public sealed class ProcessHygieneTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("egov-hygiene-").FullName;

    // sleep's arguments, unique to this test instance, so that only its own processes are looked for (and cleaned up).
    private readonly string direct = "31" + Random.Shared.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);
    private readonly string forked = "32" + Random.Shared.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);

    public void Dispose()
    {
        foreach (var pid in Sleeping()) { try { Process.GetProcessById(pid).Kill(); } catch (ArgumentException) { } catch (InvalidOperationException) { } }
        Directory.Delete(folder, recursive: true);
    }

    private string Output => Path.Combine(folder, "out");

    private const string Source = "tests/EGov.Tests/Run/ProcessHygieneTests.cs";

    /// <summary>docs/reliability.md's row of one way a notebook's processes end.</summary>
    private static void Document(string id, string how, string exit, string after) =>
        ReliabilityDoc.Check(id, Source, new DocTable("a notebook starts `sleep` directly and through `setsid sh -c 'sleep ... &'` (a double fork), then", "egov run's exit", "after")
            .With(how, exit, after).ToString());

    private string Starts => $$"""
        System.Diagnostics.Process.Start("sleep", "{{direct}}");
        System.Diagnostics.Process.Start("setsid", new[] { "sh", "-c", "sleep {{forked}} &" }).WaitForExit();
        """;

    /// <summary>A cell that counts the live sleep processes of this test (run in the next notebook of the same worker).</summary>
    private string Counts => $$"""
        var mine = System.IO.Directory.GetDirectories("/proc").Where(d => System.IO.Path.GetFileName(d).All(char.IsAsciiDigit)).Count(d =>
        {
            try { var c = System.IO.File.ReadAllText(d + "/cmdline"); return c == "sleep\0{{direct}}\0" || c == "sleep\0{{forked}}\0"; }
            catch (Exception) { return false; }
        });
        Console.WriteLine("left " + mine);
        // Zombies among this worker's children: a killed orphan it adopted (the double fork) must have been reaped.
        var zombies = System.IO.Directory.GetDirectories("/proc").Where(d => System.IO.Path.GetFileName(d).All(char.IsAsciiDigit)).Count(d =>
        {
            try { var s = System.IO.File.ReadAllText(d + "/stat"); var f = s[(s.LastIndexOf(')') + 2)..].Split(' '); return f[0] == "Z" && f[1] == Environment.ProcessId.ToString(); }
            catch (Exception) { return false; }
        });
        Console.WriteLine("zombies " + zombies);
        """;

    /// <summary>The live processes of this test's sleeps (a zombie has an empty command line: it is not counted).</summary>
    private List<int> Sleeping() =>
        Directory.GetDirectories("/proc").Select(Path.GetFileName).Where(p => p!.All(char.IsAsciiDigit)).Where(pid =>
        {
            try { return File.ReadAllText($"/proc/{pid}/cmdline") is var c && (c == $"sleep\0{direct}\0" || c == $"sleep\0{forked}\0"); }
            catch (IOException) { return false; }
            catch (UnauthorizedAccessException) { return false; }
        }).Select(p => int.Parse(p!, CultureInfo.InvariantCulture)).ToList();

    private void WaitUntilNoneSleeps(TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (Sleeping().Count > 0 && DateTime.UtcNow < deadline) Thread.Sleep(250);
        Assert.Empty(Sleeping());
    }

    private Process Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
        start.Environment["EGOV_RUN_CACHE"] = Path.Combine(folder, "cache");
        foreach (var arg in (string[])[Path.Combine(AppContext.BaseDirectory, "EGov.Cli.dll"), "run", .. args, "--out", Output]) start.ArgumentList.Add(arg);
        return Process.Start(start)!;
    }

    /// <summary>Starts egov run on a notebook that starts both sleeps and then spins, and waits until both sleeps run.</summary>
    private Process StartedAndSpinning(params string[] args)
    {
        NotebookFiles.Write(folder, "spins.ipynb", ("code", Starts), ("code", "while (true) { }"));
        var run = Start(["spins.ipynb", .. args]);
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (Sleeping().Count < 2 && DateTime.UtcNow < deadline && !run.HasExited) Thread.Sleep(200);
        Assert.Equal(2, Sleeping().Count);
        return run;
    }

    [Fact]
    public void Processes_a_notebook_starts_end_with_the_notebook_before_the_next_one_runs()
    {
        NotebookFiles.Write(folder, "1-starts.ipynb", ("code", Starts), ("code", "Console.WriteLine(\"started\");"));
        NotebookFiles.Write(folder, "2-looks.ipynb", ("code", Counts));
        var (exit, stdout, stderr) = CliProcess.Run(folder, "run", "1-starts.ipynb", "2-looks.ipynb", "--out", Output, "--parallel", "1", "--timeout", "120");
        Assert.True(exit == 0, stdout + stderr);
        // Same worker, next notebook: no sleep alive, and no zombie child of the worker (the adopted orphan was reaped).
        Assert.Equal("left 0\nzombies 0\n", NotebookFiles.Printed(Path.Combine(Output, "2-looks.ipynb"))[0]);
        Assert.Empty(Sleeping());
        Document("processes-end", "ends normally; the next notebook runs in the same worker", "0", "the next notebook sees 0 of the 2 sleeps alive and 0 zombie children of its worker");
    }

    [Fact]
    public void A_timeout_ends_the_notebooks_processes_too()
    {
        using var run = StartedAndSpinning("--timeout", "45"); // the first notebook's time includes the worker's start-up
        Assert.True(run.WaitForExit(TimeSpan.FromSeconds(120)), "egov run did not end after the timeout");
        Assert.Equal(1, run.ExitCode);
        WaitUntilNoneSleeps(TimeSpan.FromSeconds(5));
        Document("processes-timeout", "spins past `--timeout 45`", "1", "0 of the 2 sleeps alive within 5 s");
    }

    [Fact]
    public void SIGTERM_of_egov_run_ends_the_notebooks_processes()
    {
        using var run = StartedAndSpinning("--timeout", "300");
        using (var kill = Process.Start("kill", ["-TERM", run.Id.ToString(CultureInfo.InvariantCulture)])) kill.WaitForExit();
        Assert.True(run.WaitForExit(TimeSpan.FromSeconds(30)), "egov run did not stop on SIGTERM");
        Assert.Equal(130, run.ExitCode);
        WaitUntilNoneSleeps(TimeSpan.FromSeconds(5));
        Document("processes-sigterm", "spins; egov run gets SIGTERM", "130", "0 of the 2 sleeps alive within 5 s");
    }

    [Fact]
    public void SIGKILL_of_egov_run_ends_the_notebooks_processes()
    {
        using var run = StartedAndSpinning("--timeout", "300");
        run.Kill(entireProcessTree: false); // egov run alone: it cannot stop anything itself
        run.WaitForExit();
        WaitUntilNoneSleeps(TimeSpan.FromSeconds(20)); // the worker saw its parent go, killed its descendants and ended
        Document("processes-sigkill", "spins; egov run alone gets SIGKILL (it can stop nothing itself)", "(killed)", "0 of the 2 sleeps alive within 20 s: the worker saw its parent go");
    }

    [Fact]
    public void A_notebook_past_its_memory_cap_fails_naming_the_cap_and_the_run_goes_on()
    {
        // Native memory (no GC heap limit stops it: the watch on resident memory does), then managed memory, then a
        // notebook that fits: it runs in a new worker.
        NotebookFiles.Write(folder, "1-native.ipynb", ("code", """
            var blocks = new List<IntPtr>();
            for (var i = 0; i < 40; i++) { var p = System.Runtime.InteropServices.Marshal.AllocHGlobal(50 << 20); unsafe { new Span<byte>((void*)p, 50 << 20).Fill(1); } blocks.Add(p); System.Threading.Thread.Sleep(50); }
            """));
        NotebookFiles.Write(folder, "2-managed.ipynb", ("code", "var keep = new List<byte[]>();\nfor (var i = 0; i < 40; i++) { var b = new byte[50 << 20]; Array.Fill(b, (byte)1); keep.Add(b); }"));
        NotebookFiles.Write(folder, "3-fits.ipynb", ("code", "Console.WriteLine(\"fits\");"));
        var (exit, stdout, stderr) = CliProcess.Run(folder, "run", "1-native.ipynb", "2-managed.ipynb", "3-fits.ipynb", "--out", Output,
            "--parallel", "1", "--timeout", "300", "--memory-limit", "900");
        Assert.Equal(1, exit);
        var notebooks = JsonNode.Parse(File.ReadAllText(Path.Combine(Output, "run-summary.json")))!["notebooks"]!.AsArray();
        foreach (var failed in notebooks.Take(2))
        {
            Assert.Equal("failed", (string?)failed!["status"]);
            Assert.Matches(@"memory cap of 900 MB .*--memory-limit MB", (string?)failed["error"]);
        }
        Assert.Equal("passed", (string?)notebooks[2]!["status"]);
        Assert.Contains("memory cap of 900 MB", stderr);
        Assert.DoesNotContain("   at ", stdout + stderr);
        var table = new DocTable("notebook, in one run with `--memory-limit 900 --parallel 1`", "status", "the reason (run-summary.json)");
        string[] tried = ["2 GB of native memory (`Marshal.AllocHGlobal`, which no GC limit sees)", "2 GB of managed arrays", "a small notebook after them"];
        for (var i = 0; i < 3; i++)
        {
            var error = (string?)notebooks[i]!["error"] ?? "";
            // (the words around the cap vary: past it in resident memory, or an allocation refused by the GC's limit)
            table.Add(tried[i], (string?)notebooks[i]!["status"] ?? "", error.Length == 0 ? "-" : "names the `memory cap of 900 MB` and `--memory-limit MB`");
        }
        ReliabilityDoc.Check("memory-cap", Source, table.ToString());
    }

    [Fact]
    public void A_notebook_of_5000_one_line_cells_fails_with_the_caps_message_when_it_grows_past_it()
    {
        // .NET Interactive keeps every submission's compilation (measured: about 2 MB a cell, docs/performance.md); a
        // low cap makes the test quick, the default cap is the same mechanism.
        var cells = Enumerable.Range(0, 5000).Select(i => ("code", $"var x{i} = {i};")).ToArray();
        NotebookFiles.Write(folder, "cells.ipynb", cells);
        var clock = Stopwatch.StartNew();
        var (exit, stdout, stderr) = CliProcess.Run(folder, "run", "cells.ipynb", "--out", Output, "--timeout", "600", "--memory-limit", "768");
        Assert.Equal(1, exit);
        Assert.Contains("memory cap of 768 MB", stderr);
        Assert.True(clock.Elapsed < TimeSpan.FromMinutes(5), $"{clock.Elapsed}");
    }

    [Theory]
    [InlineData("100")]
    [InlineData("-1")]
    public void An_unusable_memory_limit_is_a_usage_error(string value)
    {
        NotebookFiles.Write(folder, "a.ipynb", ("code", "1"));
        var (exit, _, stderr) = CliProcess.Run(folder, "run", "a.ipynb", "--out", Output, "--memory-limit", value);
        Assert.Equal(2, exit);
        Assert.Contains("--memory-limit", stderr);
    }
}
