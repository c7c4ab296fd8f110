using System.Text.Json.Nodes;

namespace EGov.Cli.Notebooks;

/// <summary>The kind of a notebook cell.</summary>
internal enum CellKind
{
    /// <summary>Markdown prose.</summary>
    Markdown,

    /// <summary>C# code the kernel runs.</summary>
    Code,

    /// <summary>Raw text no one runs or renders.</summary>
    Raw,
}

/// <summary>One cell of a <see cref="NotebookDocument"/>: a view over its nbformat JSON object, which edits change in place.</summary>
internal sealed class NotebookCell
{
    internal NotebookCell(JsonObject json, CellKind kind)
    {
        Json = json;
        Kind = kind;
    }

    /// <summary>The cell's JSON object.</summary>
    public JsonObject Json { get; }

    /// <summary>Markdown, code or raw.</summary>
    public CellKind Kind { get; }

    /// <summary>The cell's text.</summary>
    public string Source
    {
        get => NotebookText.Of(Json["source"]);
        set => Json["source"] = NotebookText.Lines(value);
    }

    /// <summary>The first non-blank line of the source.</summary>
    public string FirstLine => Source.Split('\n').Select(l => l.TrimEnd('\r')).FirstOrDefault(l => l.Trim().Length > 0) ?? "";

    /// <summary>The cell's tags (metadata.tags).</summary>
    public IReadOnlyList<string> Tags =>
        Json["metadata"]?["tags"] is JsonArray tags ? tags.Select(t => t is JsonValue v && v.TryGetValue<string>(out var s) ? s : "").ToList() : [];

    /// <summary>True when the cell carries the tag.</summary>
    public bool HasTag(string tag) => Tags.Contains(tag, StringComparer.Ordinal);

    /// <summary>The outputs of a code cell (created empty when missing); an empty list for other cells.</summary>
    public JsonArray Outputs => Kind != CellKind.Code ? [] : Json["outputs"] as JsonArray ?? (JsonArray)(Json["outputs"] = new JsonArray());

    /// <summary>The execution count of a code cell.</summary>
    public int? ExecutionCount
    {
        get => Json["execution_count"] is JsonValue v && v.TryGetValue<int>(out var n) ? n : null;
        set => Json["execution_count"] = value;
    }

    /// <summary>A new cell.</summary>
    public static NotebookCell Create(CellKind kind, string source, params string[] tags)
    {
        var metadata = new JsonObject();
        if (tags.Length > 0) metadata["tags"] = new JsonArray(tags.Select(t => (JsonNode?)JsonValue.Create(t)).ToArray());
        var json = new JsonObject
        {
            ["cell_type"] = kind switch { CellKind.Code => "code", CellKind.Markdown => "markdown", _ => "raw" },
        };
        if (kind == CellKind.Code) json["execution_count"] = null;
        json["metadata"] = metadata;
        if (kind == CellKind.Code) json["outputs"] = new JsonArray();
        json["source"] = NotebookText.Lines(source);
        return new NotebookCell(json, kind);
    }
}
