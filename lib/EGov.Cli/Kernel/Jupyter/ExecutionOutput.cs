using EGov.Cli.Hosting;
using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace EGov.Cli.Kernel.Jupyter;

/// <summary>
/// Turns the kernel events of one execute_request into iopub messages with that request as parent, as the .NET
/// Interactive Jupyter kernel did: console output as <c>stream</c>, displayed values as <c>display_data</c> (with the
/// value id as <c>transient.display_id</c>, so later updates become <c>update_display_data</c>), the cell's value as
/// <c>execute_result</c>; every mime type the kernel formatted is sent (<see cref="MimeBundle"/>). Compiler errors become
/// the cell's error; compiler warnings go to stderr. A silent request publishes nothing.
/// </summary>
internal sealed class ExecutionOutput(KernelSockets sockets, JupyterMessage request, int executionCount, bool silent)
{
    private readonly object gate = new();
    private readonly List<Diagnostic> diagnostics = [];
    private bool finished;

    /// <summary>Handles one kernel event (called on the kernel's threads).</summary>
    public void On(KernelEvent e)
    {
        lock (gate)
        {
            if (finished) return;
            switch (e)
            {
                case StandardOutputValueProduced o: Stream("stdout", MimeBundle.StreamText(o)); break;
                case StandardErrorValueProduced o: Stream("stderr", MimeBundle.StreamText(o)); break;
                case ErrorProduced o: Stream("stderr", MimeBundle.StreamText(o)); break;
                case ReturnValueProduced { Value: DisplayedValue }: break; // display(x) as the last expression: already shown
                case ReturnValueProduced r:
                    Publish("execute_result", new JsonObject
                    {
                        ["execution_count"] = executionCount, ["data"] = Data(MimeBundle.OfReturnValue(r)), ["metadata"] = new JsonObject(),
                    });
                    break;
                case DisplayedValueUpdated u when u.ValueId is not null:
                    Publish("update_display_data", Display(u, u.ValueId));
                    break;
                case DisplayedValueUpdated: break;
                case DisplayEvent d:
                    Publish("display_data", Display(d, d.ValueId ?? Guid.NewGuid().ToString("N")));
                    break;
                case DiagnosticsProduced p:
                    diagnostics.AddRange(p.Diagnostics.Where(x => !diagnostics.Any(y => MimeBundle.Describe(y) == MimeBundle.Describe(x))));
                    break;
            }
        }
    }

    /// <summary>
    /// Ends the output of the request: returns the cell's error (and publishes it) when the command failed or threw,
    /// <c>null</c> when it succeeded; compiler warnings are published on stderr either way.
    /// </summary>
    public CellFailure? Finish(KernelCommandResult? result, Exception? thrown)
    {
        lock (gate)
        {
            finished = true;
            var warnings = diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).Select(MimeBundle.Describe).ToList();
            if (warnings.Count > 0) Stream("stderr", string.Join("\n", warnings) + "\n");
            var failure = Failure(result, thrown);
            if (failure is not null)
                Publish("error", new JsonObject { ["ename"] = failure.Name, ["evalue"] = failure.Value, ["traceback"] = Lines(failure.Traceback) });
            return failure;
        }
    }

    private CellFailure? Failure(KernelCommandResult? result, Exception? thrown)
    {
        if (thrown is OperationCanceledException) return new CellFailure("Interrupted", "the cell was interrupted", ["the cell was interrupted"]);
        if (thrown is not null) return CellFailure.Of(thrown);
        var failed = result?.Events.OfType<CommandFailed>().FirstOrDefault();
        if (failed is null) return null;
        var errors = diagnostics.Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error).Select(MimeBundle.Describe).ToList();
        if (errors.Count > 0) return new CellFailure("CompilationError", string.Join("\n", errors), errors);
        if (failed.Exception is { } exception) return CellFailure.Of(exception);
        return new CellFailure("Error", failed.Message, [failed.Message]);
    }

    private void Stream(string name, string text)
    {
        if (text.Length > 0) Publish("stream", new JsonObject { ["name"] = name, ["text"] = text });
    }

    private JsonObject Display(DisplayEvent e, string displayId) => new()
    {
        ["data"] = Data(MimeBundle.Of(e)),
        ["metadata"] = new JsonObject(),
        ["transient"] = new JsonObject { ["display_id"] = displayId },
    };

    private void Publish(string type, JsonObject content)
    {
        if (!silent) sockets.Send(KernelChannel.IoPub, JupyterMessage.Create(type, content, request, sockets.Session));
    }

    /// <summary>A mime bundle as JSON: JSON mime types (application/json, application/*+json) as JSON values, others as text.</summary>
    private static JsonObject Data(Dictionary<string, string> bundle)
    {
        var data = new JsonObject();
        foreach (var (mime, value) in bundle)
            data[mime] = IsJson(mime) && TryParse(value) is { } json ? json : JsonValue.Create(value);
        return data;
    }

    private static bool IsJson(string mime) =>
        mime == "application/json" || (mime.StartsWith("application/", StringComparison.Ordinal) && mime.EndsWith("+json", StringComparison.Ordinal));

    private static JsonNode? TryParse(string text)
    {
        try { return JsonNode.Parse(text); }
        catch (System.Text.Json.JsonException) { return null; }
    }

    private static JsonArray Lines(IEnumerable<string> lines) => new([.. lines.Select(l => (JsonNode?)JsonValue.Create(l))]);
}
