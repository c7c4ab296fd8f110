using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EGov.Cli.Notebooks;

/// <summary>
/// The CLI's one model of a Jupyter notebook (nbformat 4): reading with clear errors, the cells, the title and "what you
/// will learn" of the collection's convention, and writing in the layout Jupyter uses (one-space indent, sources as lines).
/// The JSON is kept as it is, so what this program does not know survives a read and a write.
/// </summary>
internal sealed class NotebookDocument
{
    /// <summary>The largest notebook read (a bigger file is refused, not loaded into memory).</summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    private static readonly JsonSerializerOptions Layout = new() { WriteIndented = true, IndentSize = 1, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly JsonSerializerOptions OneLine = new(Layout) { WriteIndented = false };

    private NotebookDocument(string path, JsonObject json, IReadOnlyList<NotebookCell> cells)
    {
        Path = path;
        Json = json;
        cellList = cells.ToList();
    }

    private readonly List<NotebookCell> cellList;

    /// <summary>Where the notebook was read from.</summary>
    public string Path { get; }

    /// <summary>The whole notebook JSON.</summary>
    public JsonObject Json { get; }

    /// <summary>The cells in order.</summary>
    public IReadOnlyList<NotebookCell> Cells => cellList;

    /// <summary>The code cells in order.</summary>
    public IEnumerable<NotebookCell> CodeCells => cellList.Where(c => c.Kind == CellKind.Code);

    /// <summary>The file name without extension, e.g. <c>02-china-2020-findings</c>.</summary>
    public string Name => System.IO.Path.GetFileNameWithoutExtension(Path);

    /// <summary>The first Markdown heading of the first Markdown cell, without the leading '#'s (null when there is none).</summary>
    public string? Heading =>
        cellList.FirstOrDefault(c => c.Kind == CellKind.Markdown)?.Source.Split('\n').Select(l => l.TrimEnd('\r'))
            .FirstOrDefault(l => l.StartsWith('#'))?.TrimStart('#').Trim();

    /// <summary>The bullet points under "What you will learn" in the first Markdown cell.</summary>
    public IReadOnlyList<string> Learn
    {
        get
        {
            var lines = cellList.FirstOrDefault(c => c.Kind == CellKind.Markdown)?.Source.Split('\n').Select(l => l.TrimEnd('\r')) ?? [];
            return lines.SkipWhile(l => !l.Contains("you will learn", StringComparison.OrdinalIgnoreCase)).Skip(1)
                .Where(l => l.TrimStart().StartsWith("- ", StringComparison.Ordinal)).Select(l => l.TrimStart()[2..].Trim()).ToList();
        }
    }

    /// <summary>Reads and checks a notebook file (with the importer's rules: never blocks on a named pipe, never reads a device).</summary>
    /// <exception cref="NotebookFormatException">Not a regular file, too large, not JSON (with line:column), or not nbformat 4.</exception>
    public static NotebookDocument Load(string path)
    {
        var (bytes, rule, reason, status) = EGov.Data.Storage.BoundedFile.ReadWithStatus(path, MaxBytes);
        if (bytes is not null) return Parse(path, bytes);
        throw new NotebookFormatException(path, rule switch
        {
            EGov.Data.ValidationRule.MissingInput => "no such file",
            EGov.Data.ValidationRule.NotARegularFile when status?.Type == EGov.Data.Storage.UnixNative.EntryType.Directory => "a folder, not a file",
            EGov.Data.ValidationRule.NotARegularFile => $"{status?.TypeName ?? "not a regular file"}, not a saved notebook file",
            EGov.Data.ValidationRule.InputTooLarge => $"{status?.Size ?? MaxBytes + 1:N0} bytes, more than the {MaxBytes:N0} a notebook may have",
            _ => reason,
        });
    }

    /// <summary>Parses notebook JSON read from <paramref name="path"/>.</summary>
    /// <exception cref="NotebookFormatException">Not JSON (with line:column) or not nbformat 4.</exception>
    public static NotebookDocument Parse(string path, ReadOnlySpan<byte> utf8)
    {
        JsonNode? root;
        try { root = JsonNode.Parse(utf8, documentOptions: new JsonDocumentOptions { MaxDepth = 256 }); }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" at line {line + 1}, column {(e.BytePositionInLine ?? 0) + 1}" : "";
            throw new NotebookFormatException(path, $"malformed JSON{where}");
        }
        if (root is not JsonObject json) throw new NotebookFormatException(path, $"the top level is {Kind(root)}, not an object with \"cells\"");
        if (json["nbformat"] is not JsonValue format || !format.TryGetValue<int>(out var major))
            throw new NotebookFormatException(path, "no \"nbformat\" version number");
        if (major != 4) throw new NotebookFormatException(path, $"nbformat {major}; this program runs nbformat 4 notebooks (convert with `jupyter nbconvert --to notebook`)");
        if (json["cells"] is not JsonArray cells) throw new NotebookFormatException(path, "no \"cells\" array");
        var list = new List<NotebookCell>();
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i] is not JsonObject cell) throw new NotebookFormatException(path, $"cell {i + 1} is {Kind(cells[i])}, not an object");
            var type = cell["cell_type"] is JsonValue t && t.TryGetValue<string>(out var s) ? s : null;
            var kind = type switch
            {
                "code" => CellKind.Code,
                "markdown" => CellKind.Markdown,
                "raw" => CellKind.Raw,
                null => throw new NotebookFormatException(path, $"cell {i + 1} has no \"cell_type\""),
                _ => throw new NotebookFormatException(path, $"cell {i + 1} has the unknown cell_type '{type}'"),
            };
            if (!IsText(cell["source"]))
                throw new NotebookFormatException(path, $"cell {i + 1} has no \"source\" text");
            if (cell["metadata"] is not null and not JsonObject) throw new NotebookFormatException(path, $"cell {i + 1}'s metadata is not an object");
            if (kind == CellKind.Code && cell["outputs"] is not null and not JsonArray) throw new NotebookFormatException(path, $"cell {i + 1}'s outputs are not an array");
            list.Add(new NotebookCell(cell, kind));
        }
        if (json["metadata"] is not null and not JsonObject) throw new NotebookFormatException(path, "the notebook's metadata is not an object");
        return new NotebookDocument(path, json, list);
    }

    /// <summary>Inserts a cell at <paramref name="index"/>.</summary>
    public void Insert(int index, NotebookCell cell)
    {
        cellList.Insert(index, cell);
        CellsArray.Insert(index, cell.Json);
    }

    /// <summary>Replaces the cell at <paramref name="index"/>.</summary>
    public void Replace(int index, NotebookCell cell)
    {
        cellList[index] = cell;
        CellsArray[index] = cell.Json;
    }

    /// <summary>Removes the cell at <paramref name="index"/>.</summary>
    public void RemoveAt(int index)
    {
        cellList.RemoveAt(index);
        CellsArray.RemoveAt(index);
    }

    /// <summary>Appends a cell.</summary>
    public void Add(NotebookCell cell) => Insert(cellList.Count, cell);

    /// <summary>The notebook-level metadata object (created when missing).</summary>
    public JsonObject Metadata => Json["metadata"] as JsonObject ?? (JsonObject)(Json["metadata"] = new JsonObject());

    /// <summary>
    /// The notebook as Jupyter writes it (one-space indent, a final newline), except that an output's JSON value (a chart's
    /// figure, under <c>application/...json</c>) and any array of numbers (or of such arrays) stay on one line: one number
    /// a line made a map's geometry about three times its size.
    /// </summary>
    public string ToJson()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, IndentSize = 1, Encoder = Layout.Encoder }))
            Write(writer, Json);
        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }

    private static void Write(Utf8JsonWriter writer, JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                writer.WriteStartObject();
                foreach (var (key, value) in o)
                {
                    writer.WritePropertyName(key);
                    // A JSON MIME value (a chart's figure) is data for a renderer, not text to read: one line.
                    if (value is JsonObject && Hosting.MimeData.IsJson(key)) writer.WriteRawValue(value.ToJsonString(OneLine));
                    else Write(writer, value);
                }
                writer.WriteEndObject();
                break;
            case JsonArray a when a.Count > 0 && AllNumbers(a):
                writer.WriteRawValue(a.ToJsonString(OneLine));
                break;
            case JsonArray a:
                writer.WriteStartArray();
                foreach (var item in a) Write(writer, item);
                writer.WriteEndArray();
                break;
            case null:
                writer.WriteNullValue();
                break;
            default:
                node.WriteTo(writer, Layout);
                break;
        }
    }

    private static bool AllNumbers(JsonArray array) => array.All(n => n is JsonArray inner
        ? inner.Count > 0 && AllNumbers(inner)
        : n is JsonValue v && v.GetValueKind() == JsonValueKind.Number);

    /// <summary>Writes the notebook to <paramref name="path"/> through a temporary file renamed into place.</summary>
    public void Save(string path) => AtomicFile.WriteAllText(path, ToJson());

    private JsonArray CellsArray => (JsonArray)Json["cells"]!;

    /// <summary>nbformat's multiline string: a string, or an array of strings.</summary>
    private static bool IsText(JsonNode? node) => node switch
    {
        JsonValue v => v.GetValueKind() == JsonValueKind.String,
        JsonArray a => a.All(l => l is JsonValue v && v.GetValueKind() == JsonValueKind.String),
        _ => false,
    };

    private static string Kind(JsonNode? node) => node switch
    {
        null => "null",
        JsonArray => "an array",
        JsonObject => "an object",
        _ => "a " + node.GetValueKind().ToString().ToLowerInvariant(),
    };
}
