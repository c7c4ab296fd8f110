using System.Diagnostics;
using System.Text.Json;
using EGov.Cli.Kernel;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Events;

namespace EGov.Cli.Run;

/// <summary>
/// Executes one notebook in this process (the child that <c>egov run</c> starts per notebook): every code cell in order,
/// outputs captured from the kernel's events, stopping at the first failing cell. Writes the executed notebook and a
/// result file. This process's own messages go to the real stderr: the kernel captures Console.Out and Console.Error.
/// </summary>
internal sealed class NotebookWorker
{
    private static readonly TextWriter Log = new StreamWriter(Console.OpenStandardError()) { AutoFlush = true };

    public static async Task<int> RunAsync(string notebookPath, string executedPath, string resultPath, IReadOnlyList<KeyValuePair<string, string>> parameters)
    {
        var clock = Stopwatch.StartNew();
        // Compiling the first cell is mostly the JIT of Roslyn; start that on the other core while the kernel is built.
        var warmUp = Task.Run(() => Microsoft.CodeAnalysis.CSharp.Scripting.CSharpScript.EvaluateAsync<int>("1 + 1"));
        var document = NotebookFile.Read(notebookPath);
        var cells = new List<CellResult>();
        string? setupError = null;
        try
        {
            InjectParameters(document, parameters);
        }
        catch (ParameterException e)
        {
            setupError = e.Message;
        }

        if (setupError is null)
        {
            using var host = new KernelHost();
            var capture = new OutputCapture();
            using var subscription = host.Composite.KernelEvents.Subscribe(capture.On);
            try { await warmUp; } catch (Exception e) when (e is not OutOfMemoryException) { /* only a warm-up */ }
            var number = 0;
            var failed = false;
            foreach (var cell in document.Elements)
            {
                if (!NotebookFile.IsCode(cell)) continue;
                number++;
                var firstLine = FirstLine(cell.Contents);
                if (failed)
                {
                    cells.Add(new CellResult(number, firstLine, "skipped", 0, null));
                    continue;
                }
                cell.Outputs.Clear();
                capture.Begin(cell.Outputs);
                var watch = Stopwatch.StartNew();
                var result = await host.Composite.SendAsync(new SubmitCode(cell.Contents, NotebookFile.CSharp));
                await host.LoadPendingExtensionsAsync();
                watch.Stop();
                cell.ExecutionOrder = number;
                var error = capture.End();
                foreach (var output in cell.Outputs.OfType<ReturnValueElement>()) output.ExecutionOrder = number;
                cells.Add(new CellResult(number, firstLine, error is null ? "passed" : "failed", watch.Elapsed.TotalSeconds, error));
                failed = error is not null;
                _ = result;
            }
        }

        var status = setupError is null && cells.All(c => c.Status != "failed") ? "passed" : "failed";
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(executedPath))!);
        await File.WriteAllTextAsync(executedPath, NotebookFile.ToJson(document));
        var outcome = new NotebookResult(notebookPath, status, clock.Elapsed.TotalSeconds, executedPath, cells, setupError);
        await File.WriteAllTextAsync(resultPath, JsonSerializer.Serialize(outcome, RunJson.Options));
        if (setupError is not null) await Log.WriteLineAsync($"{notebookPath}: {setupError}");
        return status == "passed" ? 0 : 1;
    }

    private static void InjectParameters(InteractiveDocument document, IReadOnlyList<KeyValuePair<string, string>> parameters)
    {
        if (parameters.Count == 0) return;
        var index = document.Elements.ToList().FindIndex(c => NotebookFile.Tags(c).Contains(NotebookParameters.ParametersTag));
        if (index < 0) throw new ParameterException("the notebook has no cell tagged 'parameters', so it takes no --param");
        var declared = NotebookParameters.Declared(document.Elements[index].Contents);
        var source = NotebookParameters.InjectedSource(declared, parameters);
        var injected = new InteractiveDocumentElement(source, NotebookFile.CSharp, [])
        {
            Metadata = new Dictionary<string, object> { ["tags"] = new List<object> { NotebookParameters.InjectedTag } },
        };
        document.Elements.Insert(index + 1, injected);
    }

    private static string FirstLine(string source) =>
        source.Split('\n').Select(l => l.TrimEnd('\r')).FirstOrDefault(l => l.Trim().Length > 0) ?? "";

    /// <summary>Routes kernel events into the outputs of the cell being run.</summary>
    private sealed class OutputCapture
    {
        private readonly object gate = new();
        private List<InteractiveDocumentOutputElement>? outputs;
        private readonly Dictionary<string, DisplayElement> displays = new(StringComparer.Ordinal);
        private readonly List<CellDiagnostic> diagnostics = [];
        private string? failure;

        public void Begin(List<InteractiveDocumentOutputElement> cellOutputs)
        {
            lock (gate) { outputs = cellOutputs; displays.Clear(); diagnostics.Clear(); failure = null; }
        }

        public CellError? End()
        {
            lock (gate)
            {
                outputs = null;
                return failure is null ? null : new CellError(failure, diagnostics.ToList());
            }
        }

        public void On(KernelEvent e)
        {
            lock (gate)
            {
                if (outputs is null) return;
                switch (e)
                {
                    case StandardOutputValueProduced o: AppendText("stdout", Text(o)); break;
                    case StandardErrorValueProduced o: AppendText("stderr", Text(o)); break;
                    case ReturnValueProduced r:
                        var data = MimeBundle.OfReturnValue(r);
                        var value = new ReturnValueElement();
                        foreach (var (k, v) in data) value.Data[k] = v;
                        outputs.Add(value);
                        break;
                    case DisplayedValueUpdated u when u.ValueId is not null && displays.TryGetValue(u.ValueId, out var shown):
                        shown.Data.Clear();
                        foreach (var (k, v) in Data(u)) shown.Data[k] = v;
                        break;
                    case DisplayEvent d:
                        var element = new DisplayElement(Data(d));
                        if (d.ValueId is not null) displays[d.ValueId] = element;
                        outputs.Add(element);
                        break;
                    case DiagnosticsProduced p:
                        foreach (var diagnostic in p.Diagnostics.Where(x => x.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error))
                            diagnostics.Add(new CellDiagnostic(diagnostic.Code, diagnostic.LinePositionSpan.Start.Line + 1,
                                diagnostic.LinePositionSpan.Start.Character + 1, diagnostic.Message));
                        break;
                    case CommandFailed f when f.Command is SubmitCode:
                        failure = f.Exception is { } ex ? $"{ex.GetType().Name}: {ex.Message}" : f.Message;
                        var name = f.Exception?.GetType().Name ?? (diagnostics.Count > 0 ? "CompilationError" : "Error");
                        var message = diagnostics.Count > 0
                            ? string.Join("\n", diagnostics.Select(d => $"({d.Line},{d.Column}): error {d.Code}: {d.Message}"))
                            : f.Exception?.Message ?? f.Message;
                        outputs.Add(new ErrorElement(message, name, (f.Exception?.ToString() ?? f.Message).Split('\n')));
                        if (diagnostics.Count > 0) failure = message;
                        break;
                }
            }
        }

        private void AppendText(string stream, string text)
        {
            if (outputs!.Count > 0 && outputs[^1] is TextElement last && last.Name == stream)
                outputs[^1] = new TextElement(last.Text + text, stream);
            else
                outputs.Add(new TextElement(text, stream));
        }

        private static string Text(DisplayEvent e) => MimeBundle.StreamText(e);

        private static Dictionary<string, object> Data(DisplayEvent e) => MimeBundle.Of(e).ToDictionary(p => p.Key, p => (object)p.Value, StringComparer.Ordinal);
    }
}

/// <summary>JSON settings for result files.</summary>
internal static class RunJson
{
    public static readonly JsonSerializerOptions Options = new() { WriteIndented = true, PropertyNamingPolicy = JsonNamingPolicy.CamelCase, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
