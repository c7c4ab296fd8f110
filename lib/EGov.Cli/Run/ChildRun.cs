using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using EGov.Cli.Notebooks;

namespace EGov.Cli.Run;

/// <summary>Runs one notebook in a child process of this program, killing it (and its children) on timeout or cancellation.</summary>
internal static class ChildRun
{
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, Process> Running = new();

    /// <summary>Kills every notebook process still running, with its children (on Ctrl+C or SIGTERM).</summary>
    public static void KillAll()
    {
        foreach (var process in Running.Values)
        {
            try { process.Kill(entireProcessTree: true); }
            catch (InvalidOperationException) { /* already exited */ }
        }
    }

    /// <summary>
    /// The program the notebook processes run: the ReadyToRun copy that Release builds publish beside this program
    /// (bin/Release/net10.0/r2r/, see EGov.Cli.csproj) when it is there and as new as this program, else this program.
    /// </summary>
    private static string WorkerAssembly()
    {
        var self = Assembly.GetEntryAssembly()!.Location;
        var r2r = Path.Combine(Path.GetDirectoryName(self)!, "r2r", Path.GetFileName(self));
        return File.Exists(r2r) && File.GetLastWriteTimeUtc(r2r) >= File.GetLastWriteTimeUtc(self) ? r2r : self;
    }

    public static async Task<NotebookResult> RunAsync(string notebook, string output, IReadOnlyList<string> parameters, TimeSpan timeout, CancellationToken cancel)
    {
        var name = Path.GetFileNameWithoutExtension(notebook);
        var executed = Path.Combine(output, name + ".ipynb");
        var resultFile = Path.Combine(output, ".results", name + ".json");
        Directory.CreateDirectory(Path.GetDirectoryName(resultFile)!);
        File.Delete(resultFile);
        File.Delete(executed);

        var start = new ProcessStartInfo
        {
            FileName = Environment.ProcessPath ?? "dotnet",
            WorkingDirectory = Path.GetDirectoryName(notebook)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        if (Path.GetFileNameWithoutExtension(start.FileName).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
            start.ArgumentList.Add(WorkerAssembly());
        foreach (var arg in new[] { "run-notebook", notebook, "--executed", executed, "--result", resultFile }) start.ArgumentList.Add(arg);
        if (parameters.Count > 0)
        {
            // A file, not arguments: a long value would exceed the command line's limit ("Argument list too long").
            var parametersFile = Path.Combine(output, ".results", name + ".params.json");
            await File.WriteAllTextAsync(parametersFile, JsonSerializer.Serialize(parameters), cancel);
            start.ArgumentList.Add("--params-file");
            start.ArgumentList.Add(parametersFile);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the notebook process");
        Running[process.Id] = process;
        try
        {
            return await WaitAsync(process, notebook, resultFile, timeout, clock, cancel);
        }
        finally { Running.TryRemove(process.Id, out _); }
    }

    private static async Task<NotebookResult> WaitAsync(Process process, string notebook, string resultFile, TimeSpan timeout, Stopwatch clock, CancellationToken cancel)
    {
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        limit.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            try { process.Kill(entireProcessTree: true); }
            catch (InvalidOperationException) { /* already exited (Ctrl+C kills every child at once) */ }
            await process.WaitForExitAsync(CancellationToken.None);
            cancel.ThrowIfCancellationRequested();
            return new NotebookResult(notebook, RunStatus.TimedOut, clock.Elapsed.TotalSeconds, null, [],
                $"stopped after the --timeout of {timeout.TotalSeconds:0} s");
        }
        var errorText = (await stderr).Trim();
        _ = await stdout;
        if (File.Exists(resultFile))
        {
            var result = JsonSerializer.Deserialize<NotebookResult>(await File.ReadAllTextAsync(resultFile, CancellationToken.None), RunJson.Options)!;
            return result with { Notebook = notebook, Seconds = clock.Elapsed.TotalSeconds };
        }
        return new NotebookResult(notebook, RunStatus.Failed, clock.Elapsed.TotalSeconds, null, [],
            $"the notebook process exited with code {process.ExitCode} without a result" + (errorText.Length > 0 ? ": " + errorText : ""));
    }
}
