using System.Text.RegularExpressions;
using Plotly.NET;

namespace EGov.Charts;

/// <summary>Renders charts to HTML with Plotly.NET's own renderer (no hand-written JSON).</summary>
public static partial class ChartOutput
{
    /// <summary>
    /// A <c>&lt;div&gt;</c> with the given id and a <c>&lt;script&gt;</c> calling <c>Plotly.newPlot</c>, WITHOUT plotly.js: the page must
    /// load plotly.js once itself. Rendered by <see cref="GenericChart.toChartHTML"/> with <see cref="PlotlyJSReference.NoReference"/>;
    /// the random id Plotly.NET generates is replaced by <paramref name="divId"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The id is not a letter followed by letters, digits, '-' or '_'.</exception>
    public static string ToHtmlFragment(GenericChart chart, string divId)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(divId);
        if (!SafeId().IsMatch(divId))
            throw new ArgumentException($"'{divId}' is not a usable element id (a letter, then letters, digits, '-' or '_').", nameof(divId));
        var html = GenericChart.toChartHTML(WithReference(chart, PlotlyJSReference.NoReference));
        var generated = GeneratedId().Match(html);
        if (!generated.Success) throw new InvalidOperationException("Plotly.NET's HTML has no chart div id; its output format changed.");
        var guid = generated.Groups[1].Value;
        return html
            .Replace(guid.Replace("-", "", StringComparison.Ordinal), divId.Replace("-", "_", StringComparison.Ordinal), StringComparison.Ordinal)
            .Replace(guid, divId, StringComparison.Ordinal);
    }

    /// <summary>
    /// A complete HTML page with plotly.js 2.28.0 inlined (<see cref="PlotlyJSReference.Full"/>, about 3.6 MB), so it opens offline.
    /// Choropleth maps still fetch their world geometry from plotly's server unless the page supplies it.
    /// </summary>
    public static string ToStandaloneHtml(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return GenericChart.toEmbeddedHTML(WithReference(chart, PlotlyJSReference.Full));
    }

    /// <summary>The figure as plotly JSON (<c>{"data": [...], "layout": {...}}</c>): the text of <see cref="GenericChart.toFigureJson"/>, made faster.</summary>
    public static string ToFigureJson(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return FigureJson.Of(chart);
    }

    private static GenericChart WithReference(GenericChart chart, PlotlyJSReference reference) =>
        Chart.withDisplayOptions(DisplayOptions.init(null, null, null, null, null, null, PlotlyFs.Some(reference))).Invoke(chart);

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]*$")]
    private static partial Regex SafeId();

    [GeneratedRegex("<div id=\"([0-9a-fA-F-]{36})\"")]
    private static partial Regex GeneratedId();
}
