using System.Text.Json.Nodes;

namespace EGov.Cli.Notebooks;

/// <summary>nbformat's multiline strings (cell sources, stream text, MIME data): a string or an array of lines.</summary>
internal static class NotebookText
{
    /// <summary>The text of a multiline string.</summary>
    public static string Of(JsonNode? node) => node switch
    {
        JsonArray lines => string.Concat(lines.Select(l => l is JsonValue v && v.TryGetValue<string>(out var s) ? s : "")),
        JsonValue value => value.TryGetValue<string>(out var s) ? s : "",
        _ => "",
    };

    /// <summary>Text as nbformat writes it: an array of lines, each but the last ending in "\n".</summary>
    public static JsonArray Lines(string text)
    {
        var lines = new JsonArray();
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf('\n', start);
            var next = end < 0 ? text.Length : end + 1;
            lines.Add(text[start..next]);
            start = next;
        }
        return lines;
    }
}
