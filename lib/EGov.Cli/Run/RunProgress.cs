using System.Globalization;

namespace EGov.Cli.Run;

/// <summary>One line per event: plain when output is redirected, coloured on a terminal.</summary>
internal sealed class RunProgress(TextWriter output, bool terminal, int total)
{
    private readonly object gate = new();
    private int finished;

    public void Started(string notebook) => Line(null, $"running  {Path.GetFileName(notebook)}");

    public void Finished(NotebookResult result)
    {
        var n = Interlocked.Increment(ref finished);
        var time = string.Create(CultureInfo.InvariantCulture, $"{result.Seconds:0.0} s");
        var text = $"[{n}/{total}] {result.Status,-9} {Path.GetFileName(result.Notebook)} ({time})";
        if (result.FailedCell is { } cell)
            text += $"\n          cell {cell.Cell}: {cell.FirstLine}\n          {Indent(cell.Error?.Message ?? "")}";
        else if (result.Error is { } error)
            text += $"\n          {Indent(error)}";
        Line(result.Status == "passed" ? "32" : "31", text);
    }

    public void Done(RunSummary summary, string report) =>
        Line(summary.Failed == 0 ? "32" : "31",
            string.Create(CultureInfo.InvariantCulture, $"{summary.Passed} passed, {summary.Failed} failed in {summary.Seconds:0.0} s; report: {report}"));

    private static string Indent(string text) => text.Replace("\n", "\n          ", StringComparison.Ordinal);

    private void Line(string? colour, string text)
    {
        lock (gate)
        {
            output.WriteLine(terminal && colour is not null ? $"\u001b[{colour}m{text}\u001b[0m" : text);
            output.Flush();
        }
    }
}
