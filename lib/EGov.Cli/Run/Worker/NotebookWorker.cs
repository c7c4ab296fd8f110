using System.Diagnostics;
using System.Text.Json;
using EGov.Cli.Hosting;
using EGov.Cli.Notebooks;
using EGov.Cli.Run;

namespace EGov.Cli.Run.Worker;

/// <summary>
/// Executes one notebook in a fresh kernel of this process (a worker of <c>egov run</c>): every code cell in order,
/// outputs captured from the kernel's events, stopping at the first failing cell. Writes the executed notebook and a
/// result file. The notebook arrives as <c>egov run</c> prepared it (parameters injected, see <see cref="PreparedNotebook"/>).
/// </summary>
internal static class NotebookWorker
{
    /// <summary>Runs <paramref name="request"/> in <paramref name="host"/> (used for this notebook only) and writes its result.</summary>
    public static async Task RunAsync(KernelHost host, WorkerRequest request)
    {
        var clock = Stopwatch.StartNew();
        NotebookDocument notebook;
        try { notebook = NotebookDocument.Load(request.Input); }
        catch (NotebookFormatException e)
        {
            await WriteResultAsync(request.Result, new NotebookResult(request.Notebook, RunStatus.Failed, clock.Elapsed.TotalSeconds, null, [], e.Message));
            return;
        }
        // Relative paths in cells (#r "../lib/...", files the notebook reads) are relative to the notebook's own folder.
        Environment.CurrentDirectory = Path.GetDirectoryName(Path.GetFullPath(request.Notebook))!;
        var cells = new List<CellResult>();
        var capture = new OutputCapture();
        using (host.Composite.KernelEvents.Subscribe(capture.On))
        {
            var number = 0;
            var failed = false;
            foreach (var cell in notebook.CodeCells)
            {
                number++;
                if (failed)
                {
                    cells.Add(new CellResult(number, cell.FirstLine, RunStatus.Skipped, 0, null));
                    continue;
                }
                cell.Outputs.Clear();
                cell.ExecutionCount = number;
                capture.Begin(cell.Outputs, number);
                var watch = Stopwatch.StartNew();
                await host.SubmitAsync(cell.Source);
                watch.Stop();
                var error = capture.End();
                cells.Add(new CellResult(number, cell.FirstLine, error is null ? RunStatus.Passed : RunStatus.Failed, watch.Elapsed.TotalSeconds, error));
                failed = error is not null;
            }
        }

        var status = cells.All(c => c.Status != RunStatus.Failed) ? RunStatus.Passed : RunStatus.Failed;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(request.Executed))!);
        NotebookMetadata.SetKernel(notebook);
        notebook.Save(request.Executed);
        await WriteResultAsync(request.Result, new NotebookResult(request.Notebook, status, clock.Elapsed.TotalSeconds, request.Executed, cells, null));
    }

    /// <summary>Writes a result file through a temporary file renamed into place (the parent never reads half of one).</summary>
    private static Task WriteResultAsync(string resultPath, NotebookResult result)
    {
        AtomicFile.WriteAllText(resultPath, JsonSerializer.Serialize(result, RunJson.Options));
        return Task.CompletedTask;
    }
}
