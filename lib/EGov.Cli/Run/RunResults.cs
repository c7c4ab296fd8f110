namespace EGov.Cli.Run;

/// <summary>A compiler diagnostic of a failed cell.</summary>
internal sealed record CellDiagnostic(string Code, int Line, int Column, string Message);

/// <summary>Why a cell failed.</summary>
internal sealed record CellError(string Message, IReadOnlyList<CellDiagnostic> Diagnostics);

/// <summary>One executed (or skipped) code cell.</summary>
internal sealed record CellResult(int Cell, string FirstLine, string Status, double Seconds, CellError? Error);

/// <summary>One notebook's run: status is "passed", "failed" or "timed out".</summary>
internal sealed record NotebookResult(string Notebook, string Status, double Seconds, string? ExecutedNotebook, IReadOnlyList<CellResult> Cells, string? Error)
{
    public CellResult? FailedCell => Cells.FirstOrDefault(c => c.Status == "failed");
}

/// <summary>The whole run, written as run-summary.json.</summary>
internal sealed record RunSummary(DateTimeOffset Started, double Seconds, int Passed, int Failed, IReadOnlyList<NotebookResult> Notebooks);
