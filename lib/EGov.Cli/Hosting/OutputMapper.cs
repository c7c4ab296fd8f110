using Microsoft.CodeAnalysis;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;
using Diagnostic = Microsoft.DotNet.Interactive.Diagnostic;

namespace EGov.Cli.Hosting;

/// <summary>
/// The one mapping from the kernel's events of a running cell to Jupyter outputs (<see cref="CellOutput"/>), written to a
/// sink in order: console output as <c>stream</c> (ErrorProduced on stderr), displayed values as <c>display_data</c> with
/// their value id as display id, updates as <c>update_display_data</c>, the cell's value as <c>execute_result</c> (not when
/// it is the result of <c>display(x)</c>, already shown), <see cref="CellHelpers.ClearOutput"/> as <c>clear_output</c>.
/// When the cell ends (<see cref="Finish"/>): compiler warnings on stderr, then the error if it failed.
/// </summary>
internal sealed class OutputMapper(int executionCount, ICellOutputSink sink)
{
    private readonly object gate = new();
    private readonly List<Diagnostic> diagnostics = [];
    private bool finished;

    /// <summary>Handles one kernel event (called on the kernel's threads); events after <see cref="Finish"/> are dropped.</summary>
    public void On(KernelEvent e)
    {
        lock (gate)
        {
            if (finished) return;
            switch (e)
            {
                case StandardOutputValueProduced o: Stream(StreamOutput.Stdout, MimeBundle.StreamText(o)); break;
                case StandardErrorValueProduced o: Stream(StreamOutput.Stderr, MimeBundle.StreamText(o)); break;
                case ErrorProduced o: Stream(StreamOutput.Stderr, Line(MimeBundle.StreamText(o))); break;
                case ReturnValueProduced { Value: DisplayedValue }: break; // display(x) as the last expression: already shown
                case ReturnValueProduced r: sink.Write(new ExecuteResult(MimeData.Of(MimeBundle.OfReturnValue(r)), executionCount)); break;
                case DisplayedValueUpdated { ValueId: { } id } u: sink.Write(new DisplayUpdate(MimeData.Of(MimeBundle.Of(u)), id)); break;
                case DisplayedValueUpdated: break;
                case DisplayEvent d: sink.Write(new DisplayOutput(MimeData.Of(MimeBundle.Of(d)), d.ValueId ?? Guid.NewGuid().ToString("N"))); break;
                case ClearOutputRequested c: sink.Write(new ClearOutput(c.Wait)); break;
                case DiagnosticsProduced p:
                    foreach (var diagnostic in p.Diagnostics)
                        if (!diagnostics.Any(d => MimeBundle.Describe(d) == MimeBundle.Describe(diagnostic))) diagnostics.Add(diagnostic);
                    break;
            }
        }
    }

    /// <summary>
    /// Ends the cell's outputs: compiler warnings on stderr, then, when the command failed or <paramref name="thrown"/> is
    /// set, the error (returned too); null when the cell succeeded. An <see cref="OperationCanceledException"/> is an interrupt.
    /// </summary>
    public CellFailure? Finish(KernelCommandResult? result, Exception? thrown)
    {
        lock (gate)
        {
            var warnings = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Warning).Select(MimeBundle.Describe).ToList();
            if (warnings.Count > 0) Stream(StreamOutput.Stderr, string.Join("\n", warnings) + "\n");
            var failure = Failure(result, thrown);
            if (failure is not null) sink.Write(new ErrorOutput(failure));
            finished = true;
            return failure;
        }
    }

    private CellFailure? Failure(KernelCommandResult? result, Exception? thrown)
    {
        if (thrown is OperationCanceledException) return new CellFailure(CellFailure.Interrupted, "the cell was interrupted", ["the cell was interrupted"]);
        if (thrown is not null) return CellFailure.Of(thrown);
        var failed = result?.Events.OfType<CommandFailed>().FirstOrDefault();
        if (failed is null) return null;
        var errors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0) return CellFailure.OfDiagnostics(errors);
        if (failed.Exception is { } exception) return CellFailure.Of(exception);
        return new CellFailure("Error", failed.Message, [failed.Message]);
    }

    private void Stream(string name, string text)
    {
        if (text.Length > 0) sink.Write(new StreamOutput(name, CappedText.Cap(text, MimeData.MaxChars)));
    }

    private static string Line(string text) => text.Length == 0 || text.EndsWith('\n') ? text : text + "\n";
}
