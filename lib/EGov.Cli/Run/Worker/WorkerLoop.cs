using System.Diagnostics;
using EGov.Cli.Hosting;
using EGov.Cli.Run;
using EGov.Cli.Run.Precompile;

namespace EGov.Cli.Run.Worker;

/// <summary>
/// A notebook process of <c>egov run</c> (the hidden command <c>egov run-notebooks --out DIR</c>): reads notebook requests
/// from stdin, one per line, and runs each in a new kernel (<see cref="NotebookWorker"/>), with the process-wide state
/// put back in between (<see cref="ProcessState"/>). The warm process is what is reused: the runtime, the JIT-compiled
/// Roslyn and .NET Interactive, the loaded packages. Ends at the end of stdin, or when <c>egov run</c> is gone.
/// This process's own messages go to the real stderr: the kernel captures Console.Out and Console.Error.
/// </summary>
internal static class WorkerLoop
{
    private static readonly TextWriter Log = new StreamWriter(Console.OpenStandardError()) { AutoFlush = true };

    public static async Task<int> ServeAsync()
    {
        var token = Environment.GetEnvironmentVariable(WorkerProtocol.TokenVariable) ?? "";
        // Answers go to the real stdout; the console's own writer is nulled, so a notebook's stray print cannot interleave.
        await using var answers = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = false };
        using var requests = new StreamReader(Console.OpenStandardInput());
        Console.SetOut(TextWriter.Null);
        Console.SetIn(TextReader.Null);
        // Processes a notebook starts end with it, even those that fork and leave (NotebookProcesses); the GC's heap limit
        // (egov run's --memory-limit) is this process's own, not that of the processes cells start.
        NotebookProcesses.BecomeSubreaper();
        Environment.SetEnvironmentVariable(WorkerMemoryCap.HeapLimitVariable, null);
        // Executed notebooks carry no copy of plotly.js (3.7 MB each, and the pooled buffers of that size each thread that
        // wrote one kept): the report, JupyterLab and VS Code draw the charts' JSON, GitHub shows their static images.
        Environment.SetEnvironmentVariable(EGov.Display.NotebookDisplay.PlotlyJsVariable, "omit");
        // A notebook process whose `egov run` was killed (kill -9 gives it no chance to stop us) ends itself.
        using var parent = new ParentProcessWatch(() =>
        {
            Log.WriteLine("egov run is gone; stopping this notebook process");
            NotebookProcesses.KillAll();
            Environment.Exit(137);
        });
        parent.Start();
        var state = ProcessState.Capture();

        // The first kernel is built while Roslyn compiles a throw-away expression on the other core (the JIT of the
        // compiler is most of a first cell's time); later kernels are built as soon as the previous notebook is done.
        var next = FirstKernelAsync();
        while (await requests.ReadLineAsync() is { } line)
        {
            if (WorkerProtocol.ParseRequest(line) is not { } request) continue;
            var host = await next;
            try { await NotebookWorker.RunAsync(host, request); }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                await Log.WriteLineAsync($"{request.Notebook}: {e.GetType().Name}: {e.Message}");
            }
            finally
            {
                host.Dispose();
                NotebookProcesses.KillAll();
            }
            await answers.WriteAsync(WorkerProtocol.DoneLine(token, request.Id, Memory()));
            await answers.FlushAsync();
            // While egov run reads the result: the process state put back, the notebook's garbage collected, a new kernel.
            state.Restore();
            GC.Collect();
            next = Task.Run(() => new KernelHost());
        }
        NotebookProcesses.KillAll();
        WorkerPrecompile.RecordLoaded();
        return 0;
    }

    private static async Task<KernelHost> FirstKernelAsync()
    {
        var warmUp = Task.Run(() => Microsoft.CodeAnalysis.CSharp.Scripting.CSharpScript.EvaluateAsync<int>("1 + 1"));
        var host = new KernelHost();
        try { await warmUp; } catch (Exception e) when (e is not OutOfMemoryException) { /* only a warm-up */ }
        return host;
    }

    /// <summary>The memory the process holds after a notebook (what egov run decides reuse on).</summary>
    private static WorkerMemory Memory()
    {
        if (Environment.GetEnvironmentVariable("EGOV_RUN_PHASES") == "1")
        {
            // Diagnostics (docs/performance.md): what stays once the notebook's garbage is collected.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
        using var self = Process.GetCurrentProcess();
        return new WorkerMemory(GC.GetTotalMemory(false) / (1024 * 1024), self.WorkingSet64 / (1024 * 1024));
    }
}
