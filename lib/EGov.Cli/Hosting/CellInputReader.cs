namespace EGov.Cli.Hosting;

/// <summary>
/// The console's input while a kernel host runs cells: every line comes from the host's current <see cref="ICellInput"/>
/// (read when the cell asks, not before), so <c>Console.ReadLine()</c> works in Jupyter and fails clearly in <c>egov run</c>.
/// </summary>
internal sealed class CellInputReader(KernelHost host) : TextReader
{
    private string pending = "";
    private int position;

    public override string? ReadLine()
    {
        if (position < pending.Length)
        {
            var rest = pending[position..].TrimEnd('\n');
            pending = "";
            position = 0;
            return rest;
        }
        return host.ReadInputLine("", password: false);
    }

    public override int Peek() => Fill() ? pending[position] : -1;

    public override int Read() => Fill() ? pending[position++] : -1;

    private bool Fill()
    {
        if (position < pending.Length) return true;
        pending = host.ReadInputLine("", password: false) + "\n";
        position = 0;
        return true;
    }
}
