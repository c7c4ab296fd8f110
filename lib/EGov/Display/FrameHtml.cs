using System.Globalization;
using System.Net;
using System.Text;
using Deedle.Internal;

namespace EGov.Display;

/// <summary>
/// Compact HTML tables for Deedle frames and series in notebooks, instead of the kernel's default object tree (megabytes
/// for a frame). Register it once in a notebook's setup cell:
/// <code>Formatter.Register&lt;Deedle.Internal.IFsiFormattable&gt;((value, writer) =&gt; writer.Write(EGov.Display.FrameHtml.Of(value)), "text/html");</code>
/// Shows the first and last rows, numbers to six significant digits, missing values as "–", and the frame's size.
/// Every piece of text is HTML-escaped.
/// </summary>
public static class FrameHtml
{
    /// <summary>An HTML table of a Deedle frame or series (anything else is shown as escaped text).</summary>
    public static string Of(IFsiFormattable value) => value switch
    {
        IFrameFormattable frame => Of(frame),
        ISeriesFormattable series => Of(series),
        null => throw new ArgumentNullException(nameof(value)),
        _ => "<pre>" + WebUtility.HtmlEncode(value.Format()) + "</pre>",
    };

    /// <summary>An HTML table of a frame: at most <paramref name="maxRows"/> rows (first and last halves) and <paramref name="maxColumns"/> columns.</summary>
    public static string Of(IFrameFormattable frame, int maxRows = 20, int maxColumns = 12)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var grid = frame.InteractiveFormat(maxRows, maxColumns, true);
        var rowLevels = frame.GetRowLevels();
        var (rows, columns) = frame.GetDimensions();
        var html = new StringBuilder("<table class=\"egov-frame\" style=\"border-collapse:collapse;font-size:0.85em\">");
        for (var r = 0; r < grid.Length; r++)
        {
            var header = r < 2;
            html.Append("<tr>");
            for (var c = 0; c < grid[r].Length; c++)
            {
                if (c == rowLevels) continue; // Deedle's "->" separator between row keys and values
                var text = grid[r][c];
                var tag = header || c < rowLevels ? "th" : "td";
                var style = header && r == 1 ? " style=\"font-weight:normal;color:#888\"" : c > rowLevels && !header ? " style=\"text-align:right\"" : "";
                html.Append('<').Append(tag).Append(style).Append('>').Append(Cell(text)).Append("</").Append(tag).Append('>');
            }
            html.Append("</tr>");
        }
        html.Append("</table><p style=\"color:#888;font-size:0.8em\">")
            .Append(rows.ToString("N0", CultureInfo.InvariantCulture)).Append(rows == 1 ? " row × " : " rows × ")
            .Append(columns.ToString("N0", CultureInfo.InvariantCulture)).Append(columns == 1 ? " column" : " columns");
        var missing = frame.GetMissingValueCount();
        if (missing > 0) html.Append("; ").Append(missing.ToString("N0", CultureInfo.InvariantCulture)).Append(" missing values (–)");
        return html.Append("</p>").ToString();
    }

    /// <summary>An HTML table of a series: keys and values, at most <paramref name="maxRows"/> entries.</summary>
    public static string Of(ISeriesFormattable series, int maxRows = 20)
    {
        ArgumentNullException.ThrowIfNull(series);
        var html = new StringBuilder("<table class=\"egov-series\" style=\"border-collapse:collapse;font-size:0.85em\">");
        foreach (var entry in series.InteractiveFormat(maxRows))
        {
            html.Append("<tr>");
            for (var c = 0; c < entry.Length; c++)
            {
                if (entry[c] == "->") continue;
                var tag = c < entry.Length - 1 ? "th" : "td";
                html.Append('<').Append(tag).Append('>').Append(Cell(entry[c])).Append("</").Append(tag).Append('>');
            }
            html.Append("</tr>");
        }
        return html.Append("</table><p style=\"color:#888;font-size:0.8em\">")
            .Append(series.GetKeyCount().ToString("N0", CultureInfo.InvariantCulture)).Append(" keys, ")
            .Append(series.GetValueCount().ToString("N0", CultureInfo.InvariantCulture)).Append(" values</p>").ToString();
    }

    private static string Cell(string text)
    {
        if (text == "<missing>") return "–";
        if (text.Contains('.', StringComparison.Ordinal) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            text = number.ToString("G6", CultureInfo.InvariantCulture);
        return WebUtility.HtmlEncode(text);
    }
}
