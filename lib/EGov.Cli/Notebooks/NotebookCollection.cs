namespace EGov.Cli.Notebooks;

/// <summary>
/// The cells generated from the collection's notebooks: the index table of 00-index (a Markdown cell tagged
/// <c>index-table</c>) and, at the end of every notebook, a Markdown cell tagged <c>navigation</c> with links to the
/// previous and next notebooks and to the index.
/// </summary>
internal static class NotebookCollection
{
    private sealed record Entry(NotebookDocument Notebook, string File, string Number, string Title);

    /// <summary>Regenerates the index table and navigation cells; returns the notebooks whose file changed (or would, with <paramref name="write"/> false).</summary>
    public static IReadOnlyList<string> Update(string folder, bool write)
    {
        var entries = NotebookCatalog.Numbered(folder).Select(NotebookDocument.Load)
            .Select(n => new Entry(n, Path.GetFileName(n.Path), Path.GetFileName(n.Path)[..2], NotebookCatalog.Title(n))).ToList();
        var changed = new List<string>();
        for (var i = 0; i < entries.Count; i++)
        {
            var notebook = entries[i].Notebook;
            var original = RegularFile.ReadText(notebook.Path, NotebookDocument.MaxBytes, "a notebook is a saved .ipynb file");
            SetTaggedCell(notebook, NotebookTags.Navigation, Navigation(entries, i), atEnd: true);
            if (entries[i].Number == "00") SetTaggedCell(notebook, NotebookTags.IndexTable, IndexTable(entries), atEnd: false);
            if (notebook.ToJson() == original) continue;
            changed.Add(notebook.Path);
            if (write) notebook.Save(notebook.Path);
        }
        return changed;
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
            lines.Add($"| {e.Number} | [{e.Title}]({e.File}) | {string.Join("; ", e.Notebook.Learn.Select(l => l.TrimEnd(';', '.', ' '))).Replace("|", "\\|", StringComparison.Ordinal)} |");
        return string.Join("\n", lines);
    }

    /// <summary>Replaces the cell carrying <paramref name="tag"/>, or adds it (at the end, or after the first cell).</summary>
    internal static void SetTaggedCell(NotebookDocument notebook, string tag, string source, bool atEnd, CellKind kind = CellKind.Markdown)
    {
        var cell = NotebookCell.Create(kind, source, tag);
        var index = notebook.Cells.ToList().FindIndex(c => c.HasTag(tag));
        if (index >= 0) { notebook.Replace(index, cell); return; }
        if (atEnd) notebook.Add(cell);
        else notebook.Insert(Math.Min(1, notebook.Cells.Count), cell);
    }
}
