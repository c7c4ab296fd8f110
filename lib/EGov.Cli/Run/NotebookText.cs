using System.Text.Json.Nodes;

namespace EGov.Cli.Run;

/// <summary>nbformat's multiline strings (cell sources, stream text, MIME data): a string or an array of lines.</summary>
internal static class NotebookText
{
    public static string Of(JsonNode? node) => node switch
    {
        JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
        JsonValue value => (string?)value ?? "",
        _ => "",
    };
}
