using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace EGov.Cli.Notebooks;

/// <summary>
/// Every notebook's set-up cells (tagged <c>setup</c>) written from one template, <c>notebooks/setup-template.csx</c>:
/// <c>//@cell: ...</c> starts a cell; <c>{{version:Package}}</c> is the version pinned in Directory.Packages.props;
/// <c>{{packages}}</c> and <c>{{usings}}</c> are a notebook's own extras, from its metadata
/// <c>"egov": {"packages": [...], "usings": [...]}</c> (e.g. 06's XPlot.Plotly). Lines that expand to nothing go.
/// </summary>
internal static partial class SetupCells
{
    public const string TemplateFile = "setup-template.csx";

    /// <summary>Rewrites the set-up cells of every numbered notebook with code; returns the notebooks that changed (or would).</summary>
    /// <exception cref="InvalidOperationException">No template or no Directory.Packages.props, or a package the template names is not pinned.</exception>
    public static IReadOnlyList<string> Sync(string folder, bool write)
    {
        var template = Path.Combine(folder, TemplateFile);
        if (!File.Exists(template)) throw new InvalidOperationException($"no set-up template {template} (`egov notebooks sync` writes the repository's notebooks from its notebooks/{TemplateFile}: run it in a clone of the repository)");
        var versions = PinnedVersions(folder);
        var templateText = RegularFile.ReadText(template, 1 << 20, "the set-up template is a C# script"); // never blocks on a named pipe
        var changed = new List<string>();
        foreach (var path in NotebookCatalog.Numbered(folder))
        {
            var notebook = NotebookDocument.Load(path);
            if (!notebook.CodeCells.Any()) continue; // 00-index: prose only
            var original = RegularFile.ReadText(path, NotebookDocument.MaxBytes, "a notebook is a saved .ipynb file");
            var cells = Expand(templateText, versions, notebook);
            var at = notebook.Cells.ToList().FindIndex(c => c.HasTag(NotebookTags.Setup));
            if (at < 0) at = notebook.Cells.ToList().FindIndex(c => c.Kind == CellKind.Code && !c.HasTag(NotebookTags.Parameters));
            for (var i = notebook.Cells.Count - 1; i >= 0; i--) if (notebook.Cells[i].HasTag(NotebookTags.Setup)) notebook.RemoveAt(i);
            at = Math.Min(at, notebook.Cells.Count);
            foreach (var source in cells) notebook.Insert(at++, NotebookCell.Create(CellKind.Code, source, NotebookTags.Setup));
            if (notebook.ToJson() == original) continue;
            changed.Add(path);
            if (write) notebook.Save(path);
        }
        return changed;
    }

    /// <summary>The template's cells for one notebook.</summary>
    internal static IReadOnlyList<string> Expand(string template, IReadOnlyDictionary<string, string> versions, NotebookDocument notebook)
    {
        var extras = notebook.Metadata["egov"] as JsonObject;
        var packages = Strings(extras?["packages"]).Select(p => $"#r \"nuget: {p}, [{Version(versions, p)}]\"");
        var usings = Strings(extras?["usings"]).Select(u => $"using {u};");
        var text = Placeholder().Replace(template.Replace("\r\n", "\n", StringComparison.Ordinal), m => m.Groups["name"].Value switch
        {
            "packages" => string.Join("\n", packages),
            "usings" => string.Join("\n", usings),
            var name when name.StartsWith("version:", StringComparison.Ordinal) => Version(versions, name["version:".Length..]),
            var name => throw new InvalidOperationException($"{TemplateFile}: unknown placeholder {{{{{name}}}}}"),
        });
        var cells = new List<List<string>>();
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith("//@cell", StringComparison.Ordinal)) { cells.Add([]); continue; }
            if (cells.Count == 0) continue;
            cells[^1].Add(line);
        }
        return cells.Select(lines => BlankLines().Replace(string.Join("\n", lines), "\n").Trim('\n')).ToList();
    }

    /// <summary>Every version pinned in the Directory.Packages.props above <paramref name="folder"/> ("[1.2.3]" → "1.2.3").</summary>
    internal static IReadOnlyDictionary<string, string> PinnedVersions(string folder)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(folder)); dir is not null; dir = dir.Parent)
        {
            var props = Path.Combine(dir.FullName, "Directory.Packages.props");
            if (!File.Exists(props)) continue;
            return XDocument.Parse(RegularFile.ReadText(props, 16 << 20, "Directory.Packages.props is MSBuild XML")).Descendants("PackageVersion")
                .ToDictionary(e => (string)e.Attribute("Include")!, e => ((string)e.Attribute("Version")!).Trim('[', ']'), StringComparer.OrdinalIgnoreCase);
        }
        throw new InvalidOperationException($"no Directory.Packages.props above {folder} (`egov notebooks sync` takes the package versions pinned in the repository's Directory.Packages.props: run it in a clone of the repository)");
    }

    private static string Version(IReadOnlyDictionary<string, string> versions, string package) =>
        versions.TryGetValue(package, out var v) ? v : throw new InvalidOperationException($"{TemplateFile}: {package} is not pinned in Directory.Packages.props");

    private static IEnumerable<string> Strings(JsonNode? node) =>
        node is JsonArray a ? a.Select(x => x is JsonValue v && v.TryGetValue<string>(out var s) ? s : "").Where(s => s.Length > 0) : [];

    [GeneratedRegex(@"\{\{(?<name>[A-Za-z0-9.:_-]+)\}\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex BlankLines();
}
