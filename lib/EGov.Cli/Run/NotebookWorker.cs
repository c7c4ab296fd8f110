using EGov.Cli.Hosting;
using System.Diagnostics;
using System.Text.Json;
using EGov.Cli.Notebooks;
using Microsoft.DotNet.Interactive.Commands;

namespace EGov.Cli.Run;

/// <summary>
/// Executes one notebook in this process (the child that <c>egov run</c> starts per notebook): every code cell in order,
/// outputs captured from the kernel's events, stopping at the first failing cell. Writes the executed notebook and a
/// result file. This process's own messages go to the real stderr: the kernel captures Console.Out and Console.Error.
/// </summary>
internal static class NotebookWorker
{
    private static readonly TextWriter Log = new StreamWriter(Console.OpenStandardError()) { AutoFlush = true };

    public static async Task<int> RunAsync(string notebookPath, string executedPath, string resultPath, IReadOnlyList<KeyValuePair<string, string>> parameters)
    {
        var clock = Stopwatch.StartNew();
        // A notebook process whose `egov run` was killed (kill -9 gives it no chance to stop us) ends itself.
        using var parent = new ParentProcessWatch(() =>
        {
            Log.WriteLine($"{notebookPath}: egov run is gone; stopping this notebook process");
            Environment.Exit(137);
        });
        parent.Start();
        NotebookDocument notebook;
        try { notebook = NotebookDocument.Load(notebookPath); }
        catch (NotebookFormatException e)
        {
            await WriteResultAsync(resultPath, new NotebookResult(notebookPath, RunStatus.Failed, clock.Elapsed.TotalSeconds, null, [], e.Message));
            return 1;
        }
        var cells = new List<CellResult>();
        string? setupError = null;
        string? note = null;
        try { InjectParameters(notebook, parameters); }
        catch (ParameterException e) { setupError = e.Message; }
        if (notebook.Cells.Count == 0) setupError = "the notebook has no cells: nothing to run or show";
        else if (!notebook.CodeCells.Any()) note = "no code cells: prose only, nothing executed";

        if (setupError is null && notebook.CodeCells.Any())
        {
            // Compiling the first cell is mostly the JIT of Roslyn; start that on the other core while the kernel is built.
            var warmUp = Task.Run(() => Microsoft.CodeAnalysis.CSharp.Scripting.CSharpScript.EvaluateAsync<int>("1 + 1"));
            using var host = new KernelHost();
            var capture = new OutputCapture();
            using var subscription = host.Composite.KernelEvents.Subscribe(capture.On);
            try { await warmUp; } catch (Exception e) when (e is not OutOfMemoryException) { /* only a warm-up */ }
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
                await host.Composite.SendAsync(new SubmitCode(cell.Source, KernelHost.CSharpKernelName));
                await host.LoadPendingExtensionsAsync();
                watch.Stop();
                var error = capture.End();
                cells.Add(new CellResult(number, cell.FirstLine, error is null ? RunStatus.Passed : RunStatus.Failed, watch.Elapsed.TotalSeconds, error));
                failed = error is not null;
            }
        }

        var status = setupError is null && cells.All(c => c.Status != RunStatus.Failed) ? RunStatus.Passed : RunStatus.Failed;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(executedPath))!);
        NotebookMetadata.SetKernel(notebook);
        notebook.Save(executedPath);
        await WriteResultAsync(resultPath, new NotebookResult(notebookPath, status, clock.Elapsed.TotalSeconds, executedPath, cells, setupError) { Note = note });
        if (setupError is not null) await Log.WriteLineAsync($"{notebookPath}: {setupError}");
        return status == RunStatus.Passed ? 0 : 1;
    }

    private static async Task WriteResultAsync(string resultPath, NotebookResult result) =>
        await File.WriteAllTextAsync(resultPath, JsonSerializer.Serialize(result, RunJson.Options));

    private static void InjectParameters(NotebookDocument notebook, IReadOnlyList<KeyValuePair<string, string>> parameters)
    {
        if (parameters.Count == 0) return;
        var index = notebook.Cells.ToList().FindIndex(c => c.HasTag(NotebookTags.Parameters));
        if (index < 0) throw new ParameterException("the notebook has no cell tagged 'parameters', so it takes no --param");
        var declared = NotebookParameters.Declared(notebook.Cells[index].Source);
        var source = NotebookParameters.InjectedSource(declared, parameters);
        notebook.Insert(index + 1, NotebookCell.Create(CellKind.Code, source, NotebookTags.InjectedParameters));
    }
}
