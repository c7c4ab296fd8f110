using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EGov.Cli.Notebooks;

namespace EGov.Cli.Hosting;

/// <summary>
/// The formatted values of one output, one per MIME type, in the kernel's order. As JSON (<see cref="ToJson"/>) the JSON
/// types (<c>application/json</c> and <c>application/*+json</c>, nbformat's rule) are JSON values and the others text.
/// </summary>
internal sealed partial record MimeData(IReadOnlyList<KeyValuePair<string, string>> Values)
{
    /// <summary>The most characters one MIME value (or one printed text) keeps.</summary>
    public const int MaxChars = 8 * 1024 * 1024;

    /// <summary>The bundle with each text value capped at <see cref="MaxChars"/> (head and tail kept, the cut said; JSON is kept whole).</summary>
    public static MimeData Of(IReadOnlyDictionary<string, string> bundle) =>
        new(bundle.Select(kv => KeyValuePair.Create(kv.Key, IsJson(kv.Key) ? kv.Value : CappedText.Cap(kv.Value, MaxChars))).ToList());

    /// <summary>The value of one MIME type, or null.</summary>
    public string? this[string mimeType] => Values.FirstOrDefault(kv => kv.Key == mimeType).Value;

    /// <summary>
    /// The bundle as JSON: JSON types parsed (kept as text when they do not parse); text as one string (a message on
    /// iopub) or as nbformat's lines (<paramref name="textAsLines"/>, in a saved notebook). Both mean the same text.
    /// </summary>
    public JsonObject ToJson(bool textAsLines)
    {
        var data = new JsonObject();
        foreach (var (mime, value) in Values)
            data[mime] = IsJson(mime) && Parse(value) is { } json ? json : textAsLines ? NotebookText.Lines(value) : JsonValue.Create(value);
        return data;
    }

    /// <summary>Whether nbformat stores values of <paramref name="mimeType"/> as JSON: <c>application/json</c>, <c>application/*+json</c>.</summary>
    public static bool IsJson(string mimeType) => JsonMimeType().IsMatch(mimeType);

    private static JsonNode? Parse(string text)
    {
        try { return JsonNode.Parse(text); }
        catch (JsonException) { return null; }
    }

    // nbformat 4's schema: "^application/(.*\\+)?json$" are JSON values, everything else multiline strings.
    [GeneratedRegex(@"^application/(.*\+)?json$")]
    private static partial Regex JsonMimeType();
}
