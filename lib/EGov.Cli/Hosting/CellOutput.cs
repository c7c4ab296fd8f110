namespace EGov.Cli.Hosting;

/// <summary>
/// One output of a running cell, as Jupyter knows it (nbformat 4 outputs and the iopub messages of the messaging
/// protocol 5.3). <see cref="OutputMapper"/> makes them from the kernel's events; a sink writes them into a notebook's cell
/// or sends them to a client (<see cref="ICellOutputSink"/>), so <c>egov run</c> and <c>egov kernel serve</c> show the same.
/// </summary>
internal abstract record CellOutput;

/// <summary>Text the cell printed: <c>stdout</c> or <c>stderr</c> (a <c>stream</c> output).</summary>
internal sealed record StreamOutput(string Name, string Text) : CellOutput
{
    public const string Stdout = "stdout";
    public const string Stderr = "stderr";
}

/// <summary>A displayed value (<c>display_data</c>); <paramref name="DisplayId"/> is what later updates name.</summary>
internal sealed record DisplayOutput(MimeData Data, string DisplayId) : CellOutput;

/// <summary>A new value for every output shown with <paramref name="DisplayId"/> (<c>update_display_data</c>).</summary>
internal sealed record DisplayUpdate(MimeData Data, string DisplayId) : CellOutput;

/// <summary>The cell's value (<c>execute_result</c>).</summary>
internal sealed record ExecuteResult(MimeData Data, int ExecutionCount) : CellOutput;

/// <summary>Why the cell failed (<c>error</c>): always the cell's last output.</summary>
internal sealed record ErrorOutput(CellFailure Failure) : CellOutput;

/// <summary>
/// The cell asked to clear its outputs (<c>clear_output</c>); with <paramref name="Wait"/>, they are cleared when the next
/// output comes (so a progress line does not flicker), as Jupyter's clients do.
/// </summary>
internal sealed record ClearOutput(bool Wait) : CellOutput;
