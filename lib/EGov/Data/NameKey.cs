using System.Globalization;
using System.Text;

namespace EGov.Data;

/// <summary>
/// The key under which country names are compared, so that spellings that look the same are one name: Unicode NFC
/// (<see cref="LatinComposition"/> for Latin letters, which works without ICU), invisible formatting characters removed
/// (zero-width space and joiners, soft hyphen, byte-order mark), every kind of space (no-break, thin) a space, runs of
/// spaces collapsed to one and surrounding ones removed, apostrophe lookalikes (’ ‘ ʼ ` ´) an apostrophe, dash lookalikes
/// (‐ ‑ – — −) a hyphen, full-width letters their ASCII ones, upper-cased invariantly. So <c>"Iraq "</c>, <c>"IRAQ"</c>,
/// a decomposed "Côte d’Ivoire" and "Côte d'Ivoire" are one name.
/// </summary>
internal static class NameKey
{
    /// <summary>The comparison key of a name.</summary>
    public static string Of(string name)
    {
        var folded = Fold(name);
        var text = new StringBuilder(folded.Length);
        foreach (var c in folded) text.Append(char.ToUpperInvariant(c));
        return text.ToString();
    }

    /// <summary>The name as <see cref="Of"/> compares it, before upper-casing: composed, lookalikes folded, spaces collapsed.</summary>
    public static string Fold(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var composed = LatinComposition.Compose(name.Normalize(NormalizationForm.FormC));
        var text = new StringBuilder(composed.Length);
        var pendingSpace = false;
        foreach (var raw in composed)
        {
            if (char.GetUnicodeCategory(raw) == UnicodeCategory.Format) continue;
            if (char.IsWhiteSpace(raw)) { pendingSpace = text.Length > 0; continue; }
            var c = raw switch
            {
                '\u2018' or '\u2019' or '\u201B' or '\u02BC' or '\u02B9' or '\u0060' or '\u00B4' or '\u2032' or '\uFF07' => '\'',
                >= '\u2010' and <= '\u2015' or '\u2212' or '\uFE63' or '\uFF0D' => '-',
                >= '\uFF01' and <= '\uFF5E' => (char)(raw - 0xFEE0),
                _ => raw,
            };
            if (pendingSpace) text.Append(' ');
            pendingSpace = false;
            text.Append(c);
        }
        return text.ToString();
    }
}
