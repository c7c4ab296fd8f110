using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;

namespace EGov.Cli.Hosting;

/// <summary>
/// The values <see cref="OutputMapper"/> reads from kernel events: the mime bundle of a displayed or returned value, the
/// text of a console stream event and the one-line form of a compiler diagnostic.
/// </summary>
internal static class MimeBundle
{
    private const int PlainTextLimit = 20_000;

    /// <summary>Every formatted value of the event, one per mime type (the last one wins).</summary>
    public static Dictionary<string, string> Of(DisplayEvent e) =>
        e.FormattedValues.GroupBy(v => v.MimeType).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);

    /// <summary>
    /// The bundle of a return value: the kernel formats return values as text/html only, so a text/plain twin is added
    /// for clients that cannot show HTML (see <see cref="PlainText"/>).
    /// </summary>
    public static Dictionary<string, string> OfReturnValue(ReturnValueProduced e)
    {
        var data = Of(e);
        if (!data.ContainsKey(PlainTextFormatter.MimeType) && e.Value is not null)
            data[PlainTextFormatter.MimeType] = PlainText(e.Value);
        return data;
    }

    /// <summary>The text of a console event (stdout, stderr): its text/plain value, else the value's string form.</summary>
    public static string StreamText(DisplayEvent e) =>
        e.FormattedValues.FirstOrDefault(v => v.MimeType == PlainTextFormatter.MimeType)?.Value ?? e.Value?.ToString() ?? "";

    /// <summary>
    /// The text/plain twin of a value: the formatter's text for simple values, F# Interactive's convention for Deedle
    /// frames and series (a parameterless <c>Format()</c> giving a text table), the object's own ToString() otherwise
    /// (the plain-text formatter dumps whole object trees: 13 MB for a frame). Cut at 20,000 characters.
    /// </summary>
    public static string PlainText(object value)
    {
        var type = value.GetType();
        var text = value is string or decimal || type.IsPrimitive ? value.ToDisplayString(PlainTextFormatter.MimeType)
            : type.GetMethod("Format", Type.EmptyTypes) is { } format && format.ReturnType == typeof(string) ? (string?)format.Invoke(value, null) ?? ""
            : value.ToString() ?? "";
        return text.Length <= PlainTextLimit ? text : text[..PlainTextLimit] + "\n…";
    }

    /// <summary>A diagnostic as the compiler prints it, with 1-based positions: <c>(1,9): error CS0029: message</c>.</summary>
    public static string Describe(Diagnostic diagnostic) =>
        $"({diagnostic.LinePositionSpan.Start.Line + 1},{diagnostic.LinePositionSpan.Start.Character + 1}): " +
        $"{diagnostic.Severity.ToString().ToLowerInvariant()} {diagnostic.Code}: {diagnostic.Message}";
}
