using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Threading.Channels;
using EGov.Cli.Run;
using EGov.Cli.Run.Worker;
using EGov.Cli.Run.Precompile;

namespace EGov.Cli.Run.Workers;

/// <summary>
/// One notebook process (<c>egov run-notebooks</c>) seen from <c>egov run</c>: started, sent notebooks one at a time,
/// killed with its children on timeout or Ctrl+C, retired by closing its stdin. Its stderr is kept (the last 64 KB) for
/// the message of a notebook whose process died.
/// </summary>
internal sealed class WorkerProcess : IDisposable
{
    private const int StderrKept = 64 * 1024;
    private static readonly ConcurrentDictionary<int, Process> Running = new();

    private readonly Process process;
    private readonly string token = Guid.NewGuid().ToString("N");
    private readonly Channel<WorkerDone> answers = Channel.CreateUnbounded<WorkerDone>();
    private readonly StringBuilder stderr = new();
    private readonly Task stdoutPump;
    private readonly Task stderrPump;

    private readonly int memoryCapMB;

    private WorkerProcess(string output, string workingDirectory, int memoryCapMB)
    {
        this.memoryCapMB = memoryCapMB;
        // `dotnet EGov.Cli.dll` starts workers the same way; the program's own launcher (EGov.Cli, what `dotnet run` starts)
        // starts the launcher beside the worker assembly, so a precompiled copy is used either way. The installed tool's
        // launcher (~/.dotnet/tools/egov) has none beside its files or its copy: the dotnet host runs the worker assembly.
        var worker = WorkerPrecompile.WorkerAssembly();
        var host = Environment.ProcessPath ?? "dotnet";
        var launcher = Path.Combine(Path.GetDirectoryName(worker)!, Path.GetFileName(host));
        if (!DotnetHost.IsDotnet(host) && !File.Exists(launcher) && DotnetHost.Find() is { } dotnet) host = dotnet;
        var viaDotnet = DotnetHost.IsDotnet(host);
        var start = new ProcessStartInfo
        {
            FileName = viaDotnet || !File.Exists(launcher) ? host : launcher,
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment[WorkerProtocol.TokenVariable] = token;
        if (memoryCapMB > 0) start.Environment[WorkerMemoryCap.HeapLimitVariable] = WorkerMemoryCap.HeapLimit(memoryCapMB);
        else start.Environment.Remove(WorkerMemoryCap.HeapLimitVariable);
        if (viaDotnet) start.ArgumentList.Add(worker);
        foreach (var arg in new[] { RunNotebookCommand.Name, "--out", output }) start.ArgumentList.Add(arg);
        Clock = Stopwatch.StartNew();
        process = Process.Start(start) ?? throw new InvalidOperationException("could not start a notebook process");
        Running[process.Id] = process;
        stdoutPump = PumpAnswersAsync();
        stderrPump = PumpStderrAsync();
    }

    /// <summary>The process id.</summary>
    public int Id => process.Id;

    /// <summary>Time since the process was started.</summary>
    public Stopwatch Clock { get; }

    /// <summary>Notebooks this process has run.</summary>
    public int NotebooksRun { get; private set; }

    /// <summary>What the notebooks run here have loaded.</summary>
    public LoadedReferences Loaded { get; } = new();

    /// <summary>Starts a notebook process for a run writing into <paramref name="output"/>, its notebooks' memory capped at <paramref name="memoryCapMB"/> (0: no cap).</summary>
    public static WorkerProcess Start(string output, string workingDirectory, int memoryCapMB) => new(output, workingDirectory, memoryCapMB);

    /// <summary>Kills every notebook process still running, with its children (on Ctrl+C or SIGTERM).</summary>
    public static void KillAll()
    {
        foreach (var process in Running.Values) KillTree(process);
    }

    /// <summary>
    /// Sends one notebook and waits for it: its answer, the process's end, or <paramref name="timeout"/> (then the process
    /// is killed), or its memory going past the cap (killed with its tree). Throws <see cref="OperationCanceledException"/>
    /// when <paramref name="cancel"/> fires (the process is killed).
    /// </summary>
    public async Task<WorkerOutcome> RunAsync(WorkerRequest request, TimeSpan timeout, CancellationToken cancel)
    {
        lock (stderr) stderr.Clear();
        NotebooksRun++;
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        limit.CancelAfter(timeout);
        long overCapMB = 0;
        using var watching = new CancellationTokenSource();
        var watch = memoryCapMB > 0 ? WatchMemoryAsync(used => { overCapMB = used; limit.Cancel(); }, watching.Token) : Task.CompletedTask;
        try { return await WaitAsync(request, limit, cancel, () => overCapMB); }
        finally
        {
            await watching.CancelAsync();
            await watch;
        }
    }

    private async Task<WorkerOutcome> WaitAsync(WorkerRequest request, CancellationTokenSource limit, CancellationToken cancel, Func<long> overCapMB)
    {
        try
        {
            await process.StandardInput.WriteAsync(WorkerProtocol.RequestLine(request).AsMemory(), limit.Token);
            await process.StandardInput.FlushAsync(limit.Token);
            while (await answers.Reader.WaitToReadAsync(limit.Token))
            {
                if (answers.Reader.TryRead(out var done) && done.Id == request.Id) return new WorkerOutcome(WorkerOutcomeKind.Done, done.Memory, null, Stderr());
            }
        }
        catch (IOException) { /* the process is gone: its stdin is closed */ }
        catch (OperationCanceledException)
        {
            KillTree(process);
            await process.WaitForExitAsync(CancellationToken.None);
            cancel.ThrowIfCancellationRequested();
            if (overCapMB() > 0) return new WorkerOutcome(WorkerOutcomeKind.OverMemory, new WorkerMemory(0, overCapMB()), null, Stderr());
            return new WorkerOutcome(WorkerOutcomeKind.TimedOut, default, null, Stderr());
        }
        await process.WaitForExitAsync(CancellationToken.None);
        await Task.WhenAny(stderrPump, Task.Delay(TimeSpan.FromSeconds(2), CancellationToken.None));
        return new WorkerOutcome(WorkerOutcomeKind.Exited, default, process.ExitCode, Stderr());
    }

    /// <summary>
    /// Samples the resident memory of the worker (every 200 ms) and of the processes under it (every second) until
    /// <paramref name="stop"/>; calls <paramref name="over"/> with the megabytes in use once they pass the cap.
    /// </summary>
    private async Task WatchMemoryAsync(Action<long> over, CancellationToken stop)
    {
        var cap = (long)memoryCapMB * 1024 * 1024;
        IReadOnlyList<int> under = [];
        try
        {
            for (var tick = 0; !stop.IsCancellationRequested; tick++)
            {
                if (tick % 5 == 0) under = ProcessTable.Descendants(process.Id);
                var used = ProcessTable.ResidentBytes(process.Id) + under.Sum(ProcessTable.ResidentBytes);
                if (used > cap)
                {
                    over(used / (1024 * 1024));
                    return;
                }
                await Task.Delay(200, stop);
            }
        }
        catch (OperationCanceledException) { /* the notebook ended */ }
    }

    /// <summary>Ends the process: closes its stdin and waits a little for it to end, then kills it.</summary>
    public async Task RetireAsync()
    {
        try { process.StandardInput.Close(); }
        catch (IOException) { /* already gone */ }
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try { await process.WaitForExitAsync(wait.Token); }
        catch (OperationCanceledException) { KillTree(process); }
    }

    private string Stderr()
    {
        lock (stderr) return stderr.ToString().Trim();
    }

    private async Task PumpAnswersAsync()
    {
        try
        {
            while (await process.StandardOutput.ReadLineAsync() is { } line)
                if (WorkerProtocol.ParseDone(token, line) is { } done) answers.Writer.TryWrite(done);
        }
        catch (IOException) { /* the process is gone */ }
        finally { answers.Writer.TryComplete(); }
    }

    private async Task PumpStderrAsync()
    {
        try
        {
            while (await process.StandardError.ReadLineAsync() is { } line)
            {
                lock (stderr)
                {
                    stderr.Append(line).Append('\n');
                    if (stderr.Length > StderrKept) stderr.Remove(0, stderr.Length - StderrKept);
                }
            }
        }
        catch (IOException) { /* the process is gone */ }
    }

    private static void KillTree(Process process)
    {
        try { process.Kill(entireProcessTree: true); }
        catch (InvalidOperationException) { /* already exited */ }
    }

    public void Dispose()
    {
        if (!process.HasExited) KillTree(process);
        Running.TryRemove(process.Id, out _);
        process.Dispose();
    }
}
