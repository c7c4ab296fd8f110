using System.Text;

namespace EGov.Data;

/// <summary>
/// The key under which country names are compared: Unicode NFC, surrounding whitespace removed, inner runs of whitespace
/// collapsed to one space, upper-cased invariantly. So <c>"Iraq "</c> and <c>"IRAQ"</c> are one name.
/// </summary>
public static class NameKey
{
    /// <summary>The comparison key of a name.</summary>
    public static string Of(string name)
    {
        var normalized = name.Normalize(NormalizationForm.FormC).Trim();
        var text = new StringBuilder(normalized.Length);
        var lastWasSpace = false;
        foreach (var c in normalized)
        {
            var isSpace = char.IsWhiteSpace(c);
            if (isSpace && lastWasSpace) continue;
            text.Append(isSpace ? ' ' : char.ToUpperInvariant(c));
            lastWasSpace = isSpace;
        }
        return text.ToString();
    }
}
