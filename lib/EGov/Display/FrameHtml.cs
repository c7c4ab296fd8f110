using System.Globalization;
using System.Net;
using System.Text;
using Deedle.Internal;
using EGov.Analysis;
using Microsoft.AspNetCore.Html;

namespace EGov.Display;

/// <summary>
/// Compact HTML tables for Deedle frames and series in notebooks, instead of the kernel's default object tree (megabytes
/// for a frame); <see cref="NotebookDisplay.Register"/> installs it. The frame keeps every value at full precision; only the
/// display rounds, by these rules:
/// <list type="bullet">
/// <item>numbers of a floating-point column with 4 decimals (as the survey publishes its indices), whole numbers of other
/// columns (integers, nullable values) as they are;</item>
/// <item>a column whose name ends in "%" with one decimal (shares in percent);</item>
/// <item>a column named "p-value" as "&lt; 0.001" or with three decimals (<see cref="Significance.Format"/>);</item>
/// <item>missing values as "–"; text left-aligned, numbers right-aligned;</item>
/// <item>column types in words: number, integer, text, yes/no, category.</item>
/// </list>
/// A long frame shows its first and last rows and says how to see them all (<see cref="All"/>). Every piece of text is HTML-escaped.
/// </summary>
public static class FrameHtml
{
    /// <summary>Rows shown before a frame is cut to its first and last halves.</summary>
    public const int DefaultMaxRows = 30;

    /// <summary>An HTML table of a Deedle frame or series (anything else is shown as escaped text).</summary>
    public static string Of(IFsiFormattable value) => value switch
    {
        IFrameFormattable frame => Of(frame),
        ISeriesFormattable series => Of(series),
        null => throw new ArgumentNullException(nameof(value)),
        _ => "<pre>" + WebUtility.HtmlEncode(value.Format()) + "</pre>",
    };

    /// <summary>Every row of a frame or series, for a notebook cell: <c>EGov.Display.FrameHtml.All(frame)</c>.</summary>
    public static IHtmlContent All(IFsiFormattable value) => new HtmlString(value switch
    {
        IFrameFormattable frame => Of(frame, Math.Max(1, frame.GetDimensions().Item1), Math.Max(1, frame.GetDimensions().Item2)),
        ISeriesFormattable series => Of(series, Math.Max(1, series.GetKeyCount())),
        _ => Of(value),
    });

    /// <summary>An HTML table of a frame: at most <paramref name="maxRows"/> rows (first and last halves) and <paramref name="maxColumns"/> columns.</summary>
    public static string Of(IFrameFormattable frame, int maxRows = DefaultMaxRows, int maxColumns = 12)
    {
        ArgumentNullException.ThrowIfNull(frame);
        var grid = frame.InteractiveFormat(maxRows, maxColumns, true);
        var rowLevels = frame.GetRowLevels();
        var headerRows = frame.GetColLevels() + 1; // the column keys, then the types
        var (rows, columns) = frame.GetDimensions();
        var width = grid.Length == 0 ? 0 : grid[0].Length;
        var names = Enumerable.Range(0, width).Select(c => grid.Length >= headerRows - 1 && headerRows >= 2 ? grid[headerRows - 2][c] : "").ToArray();
        var types = Enumerable.Range(0, width).Select(c => grid.Length >= headerRows ? grid[headerRows - 1][c] : "").ToArray();
        var html = new StringBuilder("<table class=\"egov-frame\" style=\"border-collapse:collapse;font-size:0.85em\">");
        for (var r = 0; r < grid.Length; r++)
        {
            var header = r < headerRows;
            html.Append("<tr>");
            for (var c = 0; c < grid[r].Length; c++)
            {
                if (c == rowLevels) continue; // Deedle's "->" separator between row keys and values
                var key = c < rowLevels;
                var isText = IsText(types[c]);
                var tag = header || key ? "th" : "td";
                var style = header && r == headerRows - 1 ? " style=\"font-weight:normal;color:#888\""
                    : header || key ? " style=\"text-align:left\""
                    : isText ? " style=\"text-align:left\"" : " style=\"text-align:right\"";
                var text = header && r == headerRows - 1 && !key ? TypeLabel(grid[r][c])
                    : header || key ? Plain(grid[r][c])
                    : Cell(grid[r][c], names[c], isText, IsFloat(types[c]));
                html.Append('<').Append(tag).Append(style).Append('>').Append(text).Append("</").Append(tag).Append('>');
            }
            html.Append("</tr>");
        }
        html.Append("</table><p style=\"color:#888;font-size:0.8em\">")
            .Append(Count(rows, "row")).Append(" × ").Append(Count(columns, "column"));
        var missing = frame.GetMissingValueCount();
        if (missing > 0) html.Append("; ").Append(Count(missing, "missing value")).Append(" (–)");
        if (rows > maxRows)
            html.Append("; showing the first and last ").Append((maxRows / 2).ToString(CultureInfo.InvariantCulture))
                .Append(" rows (every row: <code>EGov.Display.FrameHtml.All(frame)</code>)");
        if (columns > maxColumns) html.Append("; showing ").Append(Count(maxColumns, "column"));
        return html.Append("</p>").ToString();
    }

    /// <summary>An HTML table of a series: keys and values, at most <paramref name="maxRows"/> entries.</summary>
    public static string Of(ISeriesFormattable series, int maxRows = DefaultMaxRows)
    {
        ArgumentNullException.ThrowIfNull(series);
        var html = new StringBuilder("<table class=\"egov-series\" style=\"border-collapse:collapse;font-size:0.85em\">");
        foreach (var entry in series.InteractiveFormat(maxRows))
        {
            html.Append("<tr>");
            for (var c = 0; c < entry.Length; c++)
            {
                if (entry[c] == "->") continue;
                var value = c == entry.Length - 1;
                html.Append(value ? "<td style=\"text-align:right\">" : "<th style=\"text-align:left\">")
                    .Append(value ? Cell(entry[c], "", isText: false, isFloat: false) : Plain(entry[c]))
                    .Append(value ? "</td>" : "</th>");
            }
            html.Append("</tr>");
        }
        html.Append("</table><p style=\"color:#888;font-size:0.8em\">")
            .Append(Count(series.GetKeyCount(), "key")).Append(", ").Append(Count(series.GetValueCount(), "value"));
        if (series.GetKeyCount() > maxRows)
            html.Append("; showing the first and last ").Append((maxRows / 2).ToString(CultureInfo.InvariantCulture))
                .Append(" (all: <code>EGov.Display.FrameHtml.All(series)</code>)");
        return html.Append("</p>").ToString();
    }

    /// <summary>
    /// How a value is shown in a column with the given name (see the rules above); <paramref name="isText"/> for text columns,
    /// which are only escaped; <paramref name="isFloat"/> for floating-point columns, whose whole numbers get decimals too.
    /// </summary>
    public static string Cell(string text, string column, bool isText, bool isFloat = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(column);
        if (text == "<missing>") return "–";
        if (isText || !double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)) return WebUtility.HtmlEncode(text);
        if (double.IsNaN(number)) return "–";
        if (column == "p-value") return WebUtility.HtmlEncode(Significance.Format(number));
        var percent = column.EndsWith('%');
        var whole = !text.Contains('.', StringComparison.Ordinal) && !text.Contains('E', StringComparison.OrdinalIgnoreCase);
        if (whole && !isFloat && !percent) return WebUtility.HtmlEncode(text);
        var decimals = percent ? 1 : 4;
        var rounded = Math.Round(number, decimals, MidpointRounding.AwayFromZero);
        if (rounded == 0) rounded = 0; // no "-0.0000"
        return rounded.ToString("F" + decimals, CultureInfo.InvariantCulture);
    }

    /// <summary>A column type in words: "(number)", "(integer)", "(text)", "(yes/no)" or "(category)" (an enum, for example).</summary>
    public static string TypeLabel(string deedleType)
    {
        ArgumentNullException.ThrowIfNull(deedleType);
        var name = deedleType.Trim().TrimStart('(').TrimEnd(')');
        if (name.Length == 0) return "";
        var word = name switch
        {
            "float" or "double" or "Double" or "float32" or "Single" or "decimal" or "Decimal" or "Nullable`1" => "number",
            "int" or "Int32" or "int64" or "Int64" or "int16" or "Int16" => "integer",
            "string" or "String" or "char" or "Char" => "text",
            "bool" or "Boolean" => "yes/no",
            _ => "category",
        };
        return "(" + word + ")";
    }

    private static bool IsFloat(string deedleType) =>
        deedleType.Trim().TrimStart('(').TrimEnd(')') is "float" or "double" or "Double" or "float32" or "Single" or "decimal" or "Decimal";

    private static bool IsText(string deedleType) => TypeLabel(deedleType) is "(text)" or "(category)" or "(yes/no)";

    private static string Plain(string text) => text == "<missing>" ? "–" : WebUtility.HtmlEncode(text);

    private static string Count(int n, string noun) => n.ToString("N0", CultureInfo.InvariantCulture) + " " + (n == 1 ? noun : noun + "s");
}
