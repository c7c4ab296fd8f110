using Microsoft.DotNet.Interactive;

namespace EGov.Cli.Hosting;

/// <summary>
/// Why a cell failed, as Jupyter's <c>error</c> output and execute_reply carry it (ename, evalue, traceback), with the
/// compiler's errors when it did not compile.
/// </summary>
internal sealed record CellFailure(string Name, string Value, IReadOnlyList<string> Traceback)
{
    /// <summary>The ename of a cell that did not compile.</summary>
    public const string CompilationError = "CompilationError";

    /// <summary>The ename of a cell stopped by an interrupt.</summary>
    public const string Interrupted = "Interrupted";

    /// <summary>The compiler's errors (empty unless <see cref="Name"/> is <see cref="CompilationError"/>).</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];

    /// <summary>The one-line form <c>egov run</c> reports: the diagnostics, else <c>Type: message</c>.</summary>
    public string Message => Name == CompilationError ? Value : Name is "Error" or Interrupted ? Value : $"{Name}: {Value}";

    /// <summary>An exception the cell threw: its type name, message and full text (with the stack trace) line by line.</summary>
    public static CellFailure Of(Exception exception) =>
        new(exception.GetType().Name, exception.Message, exception.ToString().Split('\n').Select(l => l.TrimEnd('\r')).ToList());

    /// <summary>A cell that did not compile: its error diagnostics, one line each (<see cref="MimeBundle.Describe"/>).</summary>
    public static CellFailure OfDiagnostics(IReadOnlyList<Diagnostic> errors)
    {
        var lines = errors.Select(MimeBundle.Describe).ToList();
        return new CellFailure(CompilationError, string.Join("\n", lines), lines) { Diagnostics = errors };
    }
}
