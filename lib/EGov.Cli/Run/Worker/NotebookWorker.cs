using System.Diagnostics;
using System.Text.Json;
using EGov.Cli.Hosting;
using EGov.Cli.Notebooks;
using EGov.Cli.Run;

namespace EGov.Cli.Run.Worker;

/// <summary>
/// Executes one notebook in a fresh kernel of this process (a worker of <c>egov run</c>): every code cell in order,
/// each through the execution core shared with the Jupyter kernel (<see cref="CellRunner"/>) into the cell's outputs
/// (<see cref="NotebookOutputs"/>), stopping at the first failing cell; a cell asking for input fails with <see cref="NoCellInput.ForRun"/>. Writes the executed notebook and a
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
        var outputs = new NotebookOutputs();
        var kernel = Task.FromResult(host);
        host.Input = NoCellInput.ForRun;
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
            outputs.Begin(cell.Outputs);
            var watch = Stopwatch.StartNew();
            var failure = await CellRunner.RunAsync(kernel, cell.Source, number, outputs);
            watch.Stop();
            outputs.End();
            cells.Add(new CellResult(number, cell.FirstLine, failure is null ? RunStatus.Passed : RunStatus.Failed, watch.Elapsed.TotalSeconds, Error(failure)));
            failed = failure is not null;
        }

        var status = cells.All(c => c.Status != RunStatus.Failed) ? RunStatus.Passed : RunStatus.Failed;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(request.Executed))!);
        NotebookMetadata.SetKernel(notebook);
        notebook.Save(request.Executed);
        await WriteResultAsync(request.Result, new NotebookResult(request.Notebook, status, clock.Elapsed.TotalSeconds, request.Executed, cells, null));
    }

    /// <summary>A failed cell as run-summary.json reports it: the message and the compiler's errors (1-based positions).</summary>
    private static CellError? Error(CellFailure? failure) => failure is null ? null : new CellError(failure.Message,
        [.. failure.Diagnostics.Select(d => new CellDiagnostic(d.Code, d.LinePositionSpan.Start.Line + 1, d.LinePositionSpan.Start.Character + 1, d.Message))]);

    /// <summary>Writes a result file through a temporary file renamed into place (the parent never reads half of one).</summary>
    private static async Task WriteResultAsync(string resultPath, NotebookResult result)
    {
        var temporary = resultPath + $".{Environment.ProcessId}.tmp";
        await File.WriteAllTextAsync(temporary, JsonSerializer.Serialize(result, RunJson.Options));
        File.Move(temporary, resultPath, overwrite: true);
    }
}
