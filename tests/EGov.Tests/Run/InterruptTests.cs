using System.Diagnostics;

namespace EGov.Tests.Run;

public sealed class InterruptTests : IDisposable
{
    private readonly string output = Directory.CreateTempSubdirectory("egov-interrupt-").FullName;

    public void Dispose() => Directory.Delete(output, recursive: true);

    [Fact]
    public async Task Ctrl_C_stops_the_notebook_processes_and_the_run()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = CliProcess.Fixtures };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "EGov.Cli.dll"), "run", "timeout.ipynb", "--out", output, "--timeout", "120" })
            start.ArgumentList.Add(arg);
        using var run = Process.Start(start)!;
        var stdout = run.StandardOutput.ReadToEndAsync();
        var stderr = run.StandardError.ReadToEndAsync();

        // Wait until the notebook process is busy in its endless loop (its executed-notebook path names our output folder).
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (Children().Count == 0 && DateTime.UtcNow < deadline) Thread.Sleep(200);
        Assert.NotEmpty(Children());
        Thread.Sleep(1500);

        using (var kill = Process.Start("kill", ["-INT", run.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) kill.WaitForExit();
        Assert.True(run.WaitForExit(TimeSpan.FromSeconds(20)), "egov run did not stop on SIGINT");

        Assert.Equal(130, run.ExitCode);
        Assert.Contains("interrupted", await stderr + await stdout);
        Thread.Sleep(500);
        Assert.Empty(Children());
    }

    [Fact]
    public void Kill_9_of_egov_run_leaves_no_notebook_process_behind()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = CliProcess.Fixtures };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "EGov.Cli.dll"), "run", "timeout.ipynb", "--out", output, "--timeout", "300" })
            start.ArgumentList.Add(arg);
        using var run = Process.Start(start)!;
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (Children().Count == 0 && DateTime.UtcNow < deadline) Thread.Sleep(200);
        Assert.NotEmpty(Children());
        Thread.Sleep(1500); // busy in its endless loop

        run.Kill(entireProcessTree: false); // SIGKILL to egov run alone: it cannot stop its children itself
        run.WaitForExit();
        deadline = DateTime.UtcNow.AddSeconds(15);
        while (Children().Count > 0 && DateTime.UtcNow < deadline) Thread.Sleep(250);
        Assert.Empty(Children()); // the notebook process saw its parent go and ended itself
    }

    /// <summary>Processes whose command line mentions this test's output folder (the notebook processes).</summary>
    private List<int> Children() =>
        Directory.GetDirectories("/proc").Select(Path.GetFileName).Where(p => p!.All(char.IsAsciiDigit))
            .Where(pid =>
            {
                try { return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').Contains("run-notebook", StringComparison.Ordinal) && File.ReadAllText($"/proc/{pid}/cmdline").Contains(output, StringComparison.Ordinal); }
                catch (IOException) { return false; }
                catch (UnauthorizedAccessException) { return false; }
            })
            .Select(pid => int.Parse(pid!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
}
