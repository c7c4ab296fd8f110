using System.Text.Json.Nodes;

namespace EGov.Cli.Kernel.Jupyter;

/// <summary>A request whose content does not have the protocol's fields and types: answered with an error reply naming the field.</summary>
internal sealed class InvalidRequestException(string message) : Exception(message);

/// <summary>
/// Typed access to a request's content: a field that is present must have the protocol's type (<c>"code": 42</c> is
/// refused with <see cref="InvalidRequestException"/>, never cast); a missing optional field takes its default.
/// </summary>
internal static class RequestFields
{
    public static string Text(JsonObject content, string name, string? fallback = null) => content[name] switch
    {
        null when fallback is not null => fallback,
        JsonValue v when v.TryGetValue<string>(out var text) => text,
        var other => throw Wrong(name, "a string", other),
    };

    public static bool Flag(JsonObject content, string name, bool fallback) => content[name] switch
    {
        null => fallback,
        JsonValue v when v.TryGetValue<bool>(out var flag) => flag,
        var other => throw Wrong(name, "true or false", other),
    };

    public static int Number(JsonObject content, string name, int fallback, int min = int.MinValue, int max = int.MaxValue) => content[name] switch
    {
        null => fallback,
        JsonValue v when v.TryGetValue<int>(out var n) && n >= min && n <= max => n,
        JsonValue v when v.TryGetValue<double>(out var d) && d == Math.Floor(d) && d >= min && d <= max => (int)d,
        var other => throw Wrong(name, min == int.MinValue ? "an integer" : $"an integer from {min} to {max}", other),
    };

    /// <summary>A field that may be missing or null (e.g. history's <c>pattern</c>).</summary>
    public static string? OptionalText(JsonObject content, string name) =>
        content[name] is null ? null : Text(content, name);

    private static InvalidRequestException Wrong(string name, string expected, JsonNode? got) =>
        new($"'{name}' must be {expected}, not {(got is null ? "missing" : Describe(got))}");

    private static string Describe(JsonNode node)
    {
        var text = node.ToJsonString();
        return text.Length <= 40 ? text : text[..40] + "...";
    }
}
