using System.Text;

namespace EGov.Cli.Publish;

/// <summary>
/// Text from notebooks and file names made safe in the Markdown that <c>egov publish</c> writes: link destinations
/// percent-encoded, link and image texts that cannot end their brackets or break their line, plain text with Markdown's
/// punctuation escaped, code fences longer than any run of backticks inside, HTML comments that cannot be closed early.
/// </summary>
internal static class MarkdownText
{
    /// <summary>A relative path as a link destination: everything but letters, digits, <c>- . _ ~ /</c> percent-encoded (UTF-8).</summary>
    public static string Destination(string path)
    {
        var text = new StringBuilder(path.Length);
        foreach (var b in Encoding.UTF8.GetBytes(path))
        {
            var c = (char)b;
            if (b < 0x80 && (char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~' or '/')) text.Append(c);
            else text.Append('%').Append(b.ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
        }
        return text.ToString();
    }

    /// <summary>
    /// The text of a link or image (<c>[text](...)</c>), one line: brackets (which would end it), emphasis and code marks
    /// and <c>&lt;</c> (raw HTML) escaped; other punctuation is left as written.
    /// </summary>
    public static string LinkText(string text)
    {
        var result = new StringBuilder(text.Length + 8);
        foreach (var c in OneLine(text))
        {
            if (c is '\\' or '[' or ']' or '*' or '_' or '`' or '<') result.Append('\\');
            result.Append(c);
        }
        return result.ToString();
    }

    /// <summary>Plain text in Markdown: every ASCII punctuation character with a meaning in Markdown or HTML escaped, one line.</summary>
    public static string Plain(string text)
    {
        var result = new StringBuilder(text.Length + 8);
        foreach (var c in OneLine(text))
        {
            if ("\\`*_{}[]<>()#+!|~&".Contains(c, StringComparison.Ordinal)) result.Append('\\');
            result.Append(c);
        }
        return result.ToString();
    }

    /// <summary>A fenced block of <paramref name="text"/>: the fence is longer than any run of backticks in it.</summary>
    public static string Fenced(string info, string text)
    {
        var longest = 0;
        var run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }
        var fence = new string('`', Math.Max(3, longest + 1));
        return $"{fence}{info}\n{text.TrimEnd('\n')}\n{fence}\n\n";
    }

    /// <summary>Text inside an HTML comment: <c>--</c> (which would end or break the comment) spaced apart.</summary>
    public static string InComment(string text) => OneLine(text).Replace("--", "- -", StringComparison.Ordinal).Replace("--", "- -", StringComparison.Ordinal);

    private static string OneLine(string text) => text.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');
}
