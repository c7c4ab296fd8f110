using System.Diagnostics;

namespace EGov.Tests.Corpus;

/// <summary>
/// Runs the real `egov` program (EGov.Cli.dll beside the tests) as a process with a time limit (a hang is killed and
/// reported), optional environment variables, and access to the running process (for the kill -9 tests).
/// </summary>
internal sealed class ImportProcess : IDisposable
{
    private readonly Process process;
    private readonly Task<string> stdout;
    private readonly Task<string> stderr;
    private readonly TaskCompletionSource<string> paused = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly System.Text.StringBuilder errorText = new();

    private ImportProcess(IReadOnlyList<string> args, IReadOnlyDictionary<string, string>? environment, (int Uid, int Gid)? user)
    {
        var dotnet = Environment.ProcessPath is { } host && Path.GetFileNameWithoutExtension(host) == "dotnet" ? host : "dotnet";
        var start = new ProcessStartInfo(user is null ? dotnet : "setpriv")
        {
            RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, WorkingDirectory = Path.GetTempPath(),
        };
        if (user is { } u)
        {
            foreach (var a in new[] { $"--reuid={u.Uid}", $"--regid={u.Gid}", "--clear-groups", dotnet }) start.ArgumentList.Add(a);
            start.Environment["DOTNET_CLI_HOME"] = Path.GetTempPath();
            start.Environment["HOME"] = Path.GetTempPath();
        }
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "EGov.Cli.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        process = Process.Start(start)!;
        process.StandardInput.Close();
        stdout = process.StandardOutput.ReadToEndAsync();
        stderr = Task.Run(async () =>
        {
            while (await process.StandardError.ReadLineAsync() is { } line)
            {
                lock (errorText) errorText.AppendLine(line);
                if (line.StartsWith("egov-import-paused:", StringComparison.Ordinal)) paused.TrySetResult(line);
            }
            paused.TrySetResult("");
            lock (errorText) return errorText.ToString();
        });
    }

    /// <summary>Starts the program with arguments.</summary>
    public static ImportProcess Start(IReadOnlyList<string> args, IReadOnlyDictionary<string, string>? environment = null, (int Uid, int Gid)? user = null) =>
        new(args, environment, user);

    /// <summary>Runs to the end within <paramref name="timeout"/>; a process still running then is killed and reported as hung.</summary>
    public static (int Exit, string Stdout, string Stderr, bool Hung) Run(IReadOnlyList<string> args, TimeSpan timeout, IReadOnlyDictionary<string, string>? environment = null,
        (int Uid, int Gid)? user = null)
    {
        using var run = Start(args, environment, user);
        return run.Wait(timeout);
    }

    /// <summary>Waits for the end; kills the process when it is still running after <paramref name="timeout"/>.</summary>
    public (int Exit, string Stdout, string Stderr, bool Hung) Wait(TimeSpan timeout)
    {
        var hung = !process.WaitForExit(timeout);
        if (hung) process.Kill(entireProcessTree: true);
        process.WaitForExit();
        return (hung ? -1 : process.ExitCode, stdout.Result, stderr.Result, hung);
    }

    /// <summary>Waits until the program reports that it paused at a checkpoint (EGOV_IMPORT_TEST_PAUSE); false when it ended or timed out first.</summary>
    public bool WaitForPause(TimeSpan timeout) => paused.Task.Wait(timeout) && paused.Task.Result.Length > 0;

    /// <summary>SIGKILL: no handler runs, nothing is flushed or cleaned up.</summary>
    public void KillHard()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    public string Stderr
    {
        get { lock (errorText) return errorText.ToString(); }
    }

    public void Dispose()
    {
        if (!process.HasExited) KillHard();
        process.Dispose();
    }
}
