namespace EGov.Cli.Hosting;

/// <summary>
/// Where a cell's input comes from: <c>Console.ReadLine()</c> (and the rest of <c>Console.In</c>) and .NET Interactive's
/// input API (<c>GetInputAsync</c>, <c>GetPasswordAsync</c>) ask <see cref="KernelHost.Input"/>. The Jupyter kernel answers
/// with the client's input_reply; <c>egov run</c> has no one to ask (<see cref="NoCellInput"/>).
/// </summary>
internal interface ICellInput
{
    /// <summary>
    /// One line of input for <paramref name="prompt"/> (without its line end); <paramref name="password"/>: not shown while
    /// typed. Blocks until answered; ends with <see cref="OperationCanceledException"/> when <paramref name="cancellation"/>
    /// (the cell's interrupt) fires. Throws <see cref="CellInputUnavailableException"/> when nothing can answer.
    /// </summary>
    string ReadLine(string prompt, bool password, CancellationToken cancellation);
}

/// <summary>An input source that answers nothing: every request fails with <paramref name="reason"/>.</summary>
internal sealed class NoCellInput(string reason) : ICellInput
{
    /// <summary>The default of a kernel host: no client attached.</summary>
    public static readonly NoCellInput Unattached = new("this cell asks for input, and nothing here can answer it (no client attached)");

    /// <summary><c>egov run</c>'s: notebooks run without anyone to answer.</summary>
    public static readonly NoCellInput ForRun = new(
        "this notebook asks for input (Console.ReadLine, GetInputAsync or GetPasswordAsync), but egov run executes notebooks " +
        "without anyone to answer: give the value in the cell tagged `parameters` instead (egov run --param name=value)");

    /// <summary>Why nothing answers.</summary>
    public string Reason { get; } = reason;

    /// <inheritdoc />
    public string ReadLine(string prompt, bool password, CancellationToken cancellation) => throw new CellInputUnavailableException(Reason);
}

/// <summary>A cell asked for input where nothing can answer it.</summary>
internal sealed class CellInputUnavailableException(string message) : InvalidOperationException(message);
