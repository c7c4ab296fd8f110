using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace EGov.Tests;

/// <summary>
/// A table of docs/reliability.md built by a test from the cases it ran (<see cref="ReliabilityDoc"/>): one row a case,
/// cells escaped for Markdown, and the program's messages with what differs between runs (temporary folders) replaced.
/// </summary>
internal sealed class DocTable(params string[] columns)
{
    private readonly List<string[]> rows = [];

    public int Count => rows.Count;

    public void Add(params string[] cells) => rows.Add(cells);

    /// <summary>Adds a row and returns the table.</summary>
    public DocTable With(params string[] cells)
    {
        Add(cells);
        return this;
    }

    /// <summary>The first line of a message that is not empty, with <paramref name="root"/> shown as <c>ROOT</c> and a stack-trace-free check done by the caller.</summary>
    public static string Message(string output, string root)
    {
        var line = output.Split('\n').Select(l => l.TrimEnd('\r')).FirstOrDefault(l => l.Trim().Length > 0) ?? "(nothing printed)";
        line = line.Replace(root, "ROOT", StringComparison.Ordinal);
        line = Regex.Replace(line, @"/tmp/egov-[A-Za-z0-9-]+", "TMP");
        return line.Trim();
    }

    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append("| ").Append(string.Join(" | ", columns)).Append(" |\n|").Append(string.Concat(columns.Select(_ => "---|"))).Append('\n');
        foreach (var row in rows)
            text.Append("| ").Append(string.Join(" | ", row.Select(Cell))).Append(" |\n");
        text.Append(CultureInfo.InvariantCulture, $"\n{rows.Count} cases.\n");
        return text.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
