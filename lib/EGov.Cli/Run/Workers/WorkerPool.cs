using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using EGov.Cli.Notebooks;
using EGov.Cli.Run;

namespace EGov.Cli.Run.Workers;

/// <summary>
/// Runs notebooks in up to <c>--parallel</c> warm worker processes: each process runs notebook after notebook, each in a
/// new kernel, so process start-up and the JIT of Roslyn are paid once per process instead of once per notebook. A
/// process is replaced after a timeout (killed), a crash, a notebook that loads other versions of loaded packages,
/// or when it holds more than <see cref="RecycleAboveMB"/> after a notebook. With <c>isolate</c>, every notebook gets
/// a process of its own (the behaviour before warm workers). Each notebook's memory is capped at
/// <paramref name="memoryCapMB"/> (<see cref="WorkerMemoryCap"/>; 0: no cap).
/// </summary>
internal sealed class WorkerPool(string output, int size, bool isolate, TimeSpan timeout, RunProgress progress, RunPhases phases, int memoryCapMB = WorkerMemoryCap.DefaultMB)
{
    /// <summary>A worker whose resident memory exceeds this after a notebook is replaced.</summary>
    public const long RecycleAboveMB = 1024;

    private int nextId;

    /// <summary>Executes every notebook; results in the order given. <paramref name="finished"/> hears of each as it ends.</summary>
    /// <exception cref="OperationCanceledException">On Ctrl+C (every process is killed).</exception>
    public async Task<NotebookResult[]> RunAsync(IReadOnlyList<PreparedNotebook> notebooks, Action<NotebookResult> finished, CancellationToken cancel)
    {
        var results = new NotebookResult[notebooks.Count];
        var queue = new ConcurrentQueue<int>(Enumerable.Range(0, notebooks.Count));
        var inputs = Path.Combine(output, ".results");
        Directory.CreateDirectory(inputs);
        var slots = Enumerable.Range(0, Math.Min(size, notebooks.Count)).Select(_ => Task.Run(async () =>
        {
            WorkerProcess? worker = null;
            try
            {
                while (queue.TryDequeue(out var index))
                {
                    var notebook = notebooks[index];
                    if (worker is not null && !worker.Loaded.Agree(notebook.References!))
                    {
                        await worker.RetireAsync();
                        worker.Dispose();
                        worker = null;
                    }
                    worker ??= WorkerProcess.Start(output, Path.GetDirectoryName(notebook.Notebook)!, memoryCapMB);
                    progress.Started(notebook.Notebook);
                    var (result, keep) = await RunOneAsync(worker, notebook, inputs, cancel);
                    results[index] = result;
                    progress.Finished(result);
                    finished(result);
                    if (!keep)
                    {
                        await worker.RetireAsync();
                        worker.Dispose();
                        worker = null;
                    }
                }
            }
            finally
            {
                if (worker is not null)
                {
                    await worker.RetireAsync();
                    worker.Dispose();
                }
            }
        }, CancellationToken.None)).ToList();
        await Task.WhenAll(slots);
        return results;
    }

    /// <summary>One notebook in <paramref name="worker"/>: its result, and whether the worker may take another notebook.</summary>
    private async Task<(NotebookResult Result, bool Keep)> RunOneAsync(WorkerProcess worker, PreparedNotebook notebook, string inputs, CancellationToken cancel)
    {
        // A process started for this notebook counts its start-up in the notebook's time, as one process per notebook did.
        var clock = worker.NotebooksRun == 0 ? worker.Clock : Stopwatch.StartNew();
        var request = new WorkerRequest(Interlocked.Increment(ref nextId), notebook.Notebook, notebook.WriteInput(inputs), notebook.Executed,
            Path.Combine(inputs, notebook.Name + ".json"));
        File.Delete(request.Result);
        worker.Loaded.Add(notebook.References!);
        var outcome = await worker.RunAsync(request, timeout, cancel);
        var seconds = clock.Elapsed.TotalSeconds;
        switch (outcome.Kind)
        {
            case WorkerOutcomeKind.TimedOut:
                return (new NotebookResult(notebook.Notebook, RunStatus.TimedOut, seconds, null, [], $"stopped after the --timeout of {timeout.TotalSeconds:0} s"), false);
            case WorkerOutcomeKind.OverMemory:
                return (new NotebookResult(notebook.Notebook, RunStatus.Failed, seconds, null, [], WorkerMemoryCap.Exceeded(memoryCapMB, outcome.Memory.ResidentMB)), false);
            case WorkerOutcomeKind.Exited:
                return (new NotebookResult(notebook.Notebook, RunStatus.Failed, seconds, null, [],
                    $"the notebook process exited with code {outcome.ExitCode} without a result" + (outcome.Stderr.Length > 0 ? ": " + outcome.Stderr : "")), false);
        }
        if (!File.Exists(request.Result))
            return (new NotebookResult(notebook.Notebook, RunStatus.Failed, seconds, null, [],
                "the notebook process ended the notebook without a result" + (outcome.Stderr.Length > 0 ? ": " + outcome.Stderr : "")), false);
        var result = JsonSerializer.Deserialize<NotebookResult>(await File.ReadAllTextAsync(request.Result, CancellationToken.None), RunJson.Options)!;
        var keep = !isolate && outcome.Memory.ResidentMB <= RecycleAboveMB;
        if (memoryCapMB > 0 && result.FailedCell?.Error?.Message is { } failure && failure.Contains(nameof(OutOfMemoryException), StringComparison.Ordinal))
        {
            // An allocation refused under the GC heap's hard limit: the cell says OutOfMemoryException; the run says which cap.
            result = result with { Error = WorkerMemoryCap.HeapExhausted(memoryCapMB, failure.Split('\n')[0]) };
            keep = false;
        }
        phases.Note(string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"worker {worker.Id} notebook {worker.NotebooksRun} ({notebook.Name}): {seconds:0.00} s, managed {outcome.Memory.ManagedMB} MB, resident {outcome.Memory.ResidentMB} MB{(keep ? "" : ", replaced")}"));
        return (result with { Notebook = notebook.Notebook, Seconds = seconds }, keep);
    }
}
