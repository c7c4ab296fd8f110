namespace EGov.Cli.Kernel.Jupyter;

/// <summary>Why a cell failed, as Jupyter's <c>error</c> output and execute_reply carry it: ename, evalue, traceback.</summary>
internal sealed record CellFailure(string Name, string Value, IReadOnlyList<string> Traceback)
{
    /// <summary>An exception the cell threw: its type name, message and full text (with the stack trace) line by line.</summary>
    public static CellFailure Of(Exception exception) =>
        new(exception.GetType().Name, exception.Message, exception.ToString().Split('\n').Select(l => l.TrimEnd('\r')).ToList());
}
