using System.Globalization;
using EGov.Cli.Notebooks;

namespace EGov.Cli.Run;

/// <summary>
/// One line per event: plain when output is redirected or NO_COLOR is set, coloured on a terminal. A failed notebook's
/// line and its error go to <paramref name="errors"/> (stderr), everything else to <paramref name="output"/>.
/// </summary>
internal sealed class RunProgress(TextWriter output, TextWriter errors, bool colour, int total)
{
    private readonly object gate = new();
    private int finished;

    /// <summary>Colour only on a terminal and only when NO_COLOR (no-color.org) is unset or empty.</summary>
    public static bool UseColour() => !Console.IsOutputRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    public void Started(string notebook) => Line(output, null, $"running  {Path.GetFileName(notebook)}");

    public void Finished(NotebookResult result)
    {
        var n = Interlocked.Increment(ref finished);
        var time = string.Create(CultureInfo.InvariantCulture, $"{result.Seconds:0.0} s");
        var word = result.Cached ? "cached" : RunStatusConverter.Text(result.Status);
        var text = $"[{n}/{total}] {word,-9} {Path.GetFileName(result.Notebook)} ({time})";
        if (result.FailedCell is { } cell)
            text += $"\n          cell {cell.Cell}: {cell.FirstLine}\n          {Indent(cell.Error?.Message ?? "")}";
        else if (result.Error is { } error)
            text += $"\n          {Indent(error)}";
        else if (result.Note is { } note)
            text += $": {note}";
        var passed = result.Status == RunStatus.Passed;
        Line(passed ? output : errors, passed ? "32" : "31", text);
    }

    public void Note(string text) => Line(output, null, text);

    /// <summary>One line on stderr about something that did not stop the run (e.g. a damaged cache entry, ignored).</summary>
    public void Warning(string text) => Line(errors, "33", "egov run: warning: " + text);

    public void Done(RunSummary summary, string report) =>
        Line(output, summary.Failed == 0 ? "32" : "31",
            string.Create(CultureInfo.InvariantCulture, $"{summary.Passed} passed{Cached(summary)}, {summary.Failed} failed in {summary.Seconds:0.0} s; report: {report}"));

    private static string Cached(RunSummary summary) =>
        summary.Notebooks.Count(n => n.Cached) is var cached and > 0 ? $" ({cached} from the execution cache)" : "";

    private static string Indent(string text) => text.Replace("\n", "\n          ", StringComparison.Ordinal);

    private void Line(TextWriter writer, string? code, string text)
    {
        lock (gate)
        {
            writer.WriteLine(colour && code is not null ? $"\u001b[{code}m{text}\u001b[0m" : text);
            writer.Flush();
        }
    }
}
