using EGov.Cli.Hosting;
using System.Text;
using System.Text.Json.Nodes;
using EGov.Cli.Notebooks;
using Microsoft.DotNet.Interactive.Events;

namespace EGov.Cli.Run.Worker;

/// <summary>
/// Routes the kernel's events into nbformat outputs of the cell being run: streams, displays (updated in place by
/// display id), return values and errors with compiler diagnostics. Printed text is gathered linearly and each output is
/// capped (head and tail kept, the cut said), so a notebook that prints gigabytes cannot exhaust memory or the report.
/// </summary>
internal sealed class OutputCapture
{
    /// <summary>The most characters one stream output or one MIME value keeps.</summary>
    public const int MaxOutputChars = 8 * 1024 * 1024;

    private readonly object gate = new();
    private readonly Dictionary<string, JsonObject> displays = new(StringComparer.Ordinal);
    private readonly List<CellDiagnostic> diagnostics = [];
    private JsonArray? outputs;
    private CappedText? stream;
    private string? streamName;
    private int executionCount;
    private string? failure;

    /// <summary>Starts capturing into <paramref name="cellOutputs"/>.</summary>
    public void Begin(JsonArray cellOutputs, int count)
    {
        lock (gate)
        {
            outputs = cellOutputs;
            executionCount = count;
            displays.Clear();
            diagnostics.Clear();
            failure = null;
            stream = null;
            streamName = null;
        }
    }

    /// <summary>Stops capturing; the cell's error, if it failed.</summary>
    public CellError? End()
    {
        lock (gate)
        {
            FlushStream();
            outputs = null;
            return failure is null ? null : new CellError(failure, diagnostics.ToList());
        }
    }

    /// <summary>Handles one kernel event.</summary>
    public void On(KernelEvent e)
    {
        lock (gate)
        {
            if (outputs is null) return;
            switch (e)
            {
                case StandardOutputValueProduced o: AppendText("stdout", MimeBundle.StreamText(o)); break;
                case StandardErrorValueProduced o: AppendText("stderr", MimeBundle.StreamText(o)); break;
                case ReturnValueProduced r:
                    Add(new JsonObject { ["data"] = Data(MimeBundle.OfReturnValue(r)), ["execution_count"] = executionCount, ["metadata"] = new JsonObject(), ["output_type"] = "execute_result" });
                    break;
                case DisplayedValueUpdated u when u.ValueId is not null && displays.TryGetValue(u.ValueId, out var shown):
                    shown["data"] = Data(MimeBundle.Of(u));
                    break;
                case DisplayEvent d:
                    var display = new JsonObject { ["data"] = Data(MimeBundle.Of(d)), ["metadata"] = new JsonObject(), ["output_type"] = "display_data" };
                    if (d.ValueId is not null) displays[d.ValueId] = display;
                    Add(display);
                    break;
                case DiagnosticsProduced p:
                    foreach (var diagnostic in p.Diagnostics.Where(x => x.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error))
                        diagnostics.Add(new CellDiagnostic(diagnostic.Code, diagnostic.LinePositionSpan.Start.Line + 1,
                            diagnostic.LinePositionSpan.Start.Character + 1, diagnostic.Message));
                    break;
                case CommandFailed f when f.Command is Microsoft.DotNet.Interactive.Commands.SubmitCode:
                    failure = f.Exception is { } ex ? $"{ex.GetType().Name}: {ex.Message}" : f.Message;
                    var name = f.Exception?.GetType().Name ?? (diagnostics.Count > 0 ? "CompilationError" : "Error");
                    var message = diagnostics.Count > 0
                        ? string.Join("\n", diagnostics.Select(d => $"({d.Line},{d.Column}): error {d.Code}: {d.Message}"))
                        : f.Exception?.Message ?? f.Message;
                    Add(new JsonObject
                    {
                        ["ename"] = name, ["evalue"] = message, ["output_type"] = "error",
                        ["traceback"] = new JsonArray((f.Exception?.ToString() ?? f.Message).Split('\n').Select(l => (JsonNode?)l).ToArray()),
                    });
                    if (diagnostics.Count > 0) failure = message;
                    break;
            }
        }
    }

    private void Add(JsonObject output)
    {
        FlushStream();
        outputs!.Add(output);
    }

    private void AppendText(string name, string text)
    {
        if (stream is not null && streamName != name) FlushStream();
        stream ??= new CappedText(MaxOutputChars);
        streamName = name;
        stream.Append(text);
    }

    private void FlushStream()
    {
        if (stream is null || outputs is null) return;
        outputs.Add(new JsonObject { ["name"] = streamName, ["output_type"] = "stream", ["text"] = NotebookText.Lines(stream.ToString()) });
        stream = null;
        streamName = null;
    }

    /// <summary>A MIME bundle as nbformat stores it: JSON types as JSON, text as lines.</summary>
    internal static JsonObject Data(IReadOnlyDictionary<string, string> bundle)
    {
        var data = new JsonObject();
        foreach (var (mime, value) in bundle) data[mime] = MimeValue(mime, value);
        return data;
    }

    /// <summary>One MIME value: parsed JSON for application/json and +json types (as Jupyter stores them), text lines otherwise.</summary>
    internal static JsonNode MimeValue(string mimeType, string value)
    {
        if (mimeType == "application/json" || mimeType.EndsWith("+json", StringComparison.Ordinal))
        {
            try { if (JsonNode.Parse(value) is { } json) return json; }
            catch (System.Text.Json.JsonException) { /* kept as text below */ }
        }
        return NotebookText.Lines(Capped(value));
    }

    private static string Capped(string text)
    {
        if (text.Length <= MaxOutputChars) return text;
        var capped = new CappedText(MaxOutputChars);
        capped.Append(text);
        return capped.ToString();
    }

    /// <summary>Text kept linearly up to a cap: the first half and the last half of the cap, with the cut said between them.</summary>
    private sealed class CappedText(int cap)
    {
        private readonly StringBuilder head = new();
        private readonly StringBuilder tail = new();
        private long total;

        public void Append(string text)
        {
            total += text.Length;
            var room = cap / 2 - head.Length;
            if (room > 0)
            {
                var part = Math.Min(room, text.Length);
                head.Append(text, 0, part);
                text = text[part..];
            }
            if (text.Length == 0) return;
            tail.Append(text);
            if (tail.Length > cap) tail.Remove(0, tail.Length - cap / 2); // amortised: trims only after doubling
        }

        public override string ToString()
        {
            if (total <= cap) return head.ToString() + tail;
            var kept = tail.Length > cap / 2 ? tail.ToString(tail.Length - cap / 2, cap / 2) : tail.ToString();
            var cut = total - head.Length - kept.Length;
            return head + $"\n… [{cut:N0} characters cut by egov run: each output keeps its first and last {cap / 2:N0}] …\n" + kept;
        }
    }
}
