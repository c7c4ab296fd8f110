using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EGov.Cli.Run;

namespace EGov.Cli.Notebooks;

/// <summary>
/// The numbered notebooks of a folder (<c>NN-title.ipynb</c>) and the cells generated from them: the index table of
/// 00-index (a Markdown cell tagged <c>index-table</c>) and, at the end of every notebook, a Markdown cell tagged
/// <c>navigation</c> with links to the previous and next notebooks and to the index.
/// </summary>
internal static partial class NotebookCollection
{
    public const string NavigationTag = "navigation";
    public const string IndexTag = "index-table";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, IndentSize = 1, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    internal sealed record Entry(string Path, string File, string Number, string Title, IReadOnlyList<string> Learn);

    /// <summary>Regenerates the index table and navigation cells; returns the notebooks whose file changed (or would, with <paramref name="write"/> false).</summary>
    public static IReadOnlyList<string> Update(string folder, bool write)
    {
        var entries = Directory.GetFiles(folder, "*.ipynb").Where(p => NumberedName().IsMatch(System.IO.Path.GetFileName(p)))
            .Order(StringComparer.Ordinal).Select(Read).ToList();
        var changed = new List<string>();
        for (var i = 0; i < entries.Count; i++)
        {
            var entry = entries[i];
            var original = File.ReadAllText(entry.Path);
            var notebook = JsonNode.Parse(original)!;
            var cells = notebook["cells"]!.AsArray();
            SetTaggedCell(cells, NavigationTag, Navigation(entries, i), atEnd: true);
            if (entry.Number == "00") SetTaggedCell(cells, IndexTag, IndexTable(entries), atEnd: false);
            var text = notebook.ToJsonString(Json) + "\n";
            if (text == original) continue;
            changed.Add(entry.Path);
            if (write) File.WriteAllText(entry.Path, text);
        }
        return changed;
    }

    private static Entry Read(string path)
    {
        var file = System.IO.Path.GetFileName(path);
        var notebook = JsonNode.Parse(File.ReadAllText(path))!;
        var first = notebook["cells"]!.AsArray().FirstOrDefault(c => (string?)c?["cell_type"] == "markdown");
        var lines = first is null ? [] : NotebookText.Of(first["source"]).Split('\n');
        var title = lines.FirstOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal))?[2..].Trim() ?? file;
        title = LeadingNumber().Replace(title, "");
        var learn = lines.SkipWhile(l => !l.Contains("you will learn", StringComparison.OrdinalIgnoreCase)).Skip(1)
            .Where(l => l.TrimStart().StartsWith("- ", StringComparison.Ordinal)).Select(l => l.TrimStart()[2..].Trim()).ToList();
        return new Entry(path, file, file[..2], title, learn);
    }

    private static string Navigation(IReadOnlyList<Entry> entries, int i)
    {
        var parts = new List<string>();
        if (i > 0) parts.Add($"[← {entries[i - 1].Number} · {entries[i - 1].Title}]({entries[i - 1].File})");
        if (entries[i].Number != "00" && entries.Count > 0 && entries[0].Number == "00") parts.Add($"[Index]({entries[0].File})");
        if (i + 1 < entries.Count) parts.Add($"[{entries[i + 1].Number} · {entries[i + 1].Title} →]({entries[i + 1].File})");
        return "---\n" + string.Join(" | ", parts);
    }

    private static string IndexTable(IReadOnlyList<Entry> entries)
    {
        var lines = new List<string> { "| # | Notebook | What you will learn |", "|---|---|---|" };
        foreach (var e in entries.Where(e => e.Number != "00"))
            lines.Add($"| {e.Number} | [{e.Title}]({e.File}) | {string.Join("; ", e.Learn).Replace("|", "\\|", StringComparison.Ordinal)} |");
        return string.Join("\n", lines);
    }

    private static void SetTaggedCell(JsonArray cells, string tag, string markdown, bool atEnd)
    {
        var existing = cells.FirstOrDefault(c => c?["metadata"]?["tags"]?.AsArray().Any(t => (string?)t == tag) == true);
        var cell = new JsonObject
        {
            ["cell_type"] = "markdown",
            ["metadata"] = new JsonObject { ["tags"] = new JsonArray(tag) },
            ["source"] = Lines(markdown),
        };
        if (existing is not null) { cells[cells.IndexOf(existing)] = cell; return; }
        if (atEnd) cells.Add(cell);
        else cells.Insert(Math.Min(1, cells.Count), cell);
    }

    private static JsonArray Lines(string text)
    {
        var parts = text.Split('\n');
        return new JsonArray(parts.Select((l, i) => (JsonNode?)JsonValue.Create(i < parts.Length - 1 ? l + "\n" : l)).ToArray());
    }

    [GeneratedRegex(@"^\d\d-.+\.ipynb$")]
    private static partial Regex NumberedName();

    [GeneratedRegex(@"^\d\d\s*[·.:-]\s*")]
    private static partial Regex LeadingNumber();
}
