using System.Globalization;
using System.Text;

namespace EGov.Data;

/// <summary>
/// Makes text from inputs safe to print: control characters, invisible formatting characters (bidirectional overrides,
/// zero-width spaces, byte-order marks) and line separators are written as escapes (<c>\x00</c>, <c>\u202E</c>), and very
/// long values are cut, so that a report line is one line that shows what is really in the file.
/// </summary>
public static class Printable
{
    /// <summary>True for a character that must not appear in a value: a control or an invisible formatting character.</summary>
    public static bool IsUnsafe(char c) =>
        char.IsControl(c) || char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
        || c == '\uFFFD';

    /// <summary>The first unsafe character of a text, or <c>null</c>.</summary>
    public static char? FirstUnsafe(string text)
    {
        foreach (var c in text) if (IsUnsafe(c)) return c;
        return null;
    }

    /// <summary>The text with every unsafe character escaped.</summary>
    public static string Escape(string text)
    {
        if (FirstUnsafe(text) is null) return text;
        var result = new StringBuilder(text.Length + 16);
        foreach (var c in text) result.Append(IsUnsafe(c) ? Code(c) : c.ToString());
        return result.ToString();
    }

    /// <summary>The escaped text, cut to about <paramref name="max"/> characters with the full length said.</summary>
    public static string Value(string text, int max = 80)
    {
        if (text.Length <= max) return Escape(text);
        return Escape(text[..(max - 20)]) + $"… ({text.Length.ToString(CultureInfo.InvariantCulture)} characters)";
    }

    /// <summary>An escape for one character: <c>\xHH</c> below U+0100, else <c>\uHHHH</c>.</summary>
    public static string Code(char c) => c < 0x100 ? $"\\x{(int)c:X2}" : $"\\u{(int)c:X4}";
}
