namespace EGov.Cli.Hosting;

/// <summary>
/// Where a cell's outputs go: the executed notebook's cell (<c>egov run</c>) or a Jupyter client's iopub channel
/// (<c>egov kernel serve</c>). Called in output order, one call at a time.
/// </summary>
internal interface ICellOutputSink
{
    void Write(CellOutput output);
}
