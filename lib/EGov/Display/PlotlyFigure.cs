using System.Globalization;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EGov.Charts;
using Plotly.NET;

namespace EGov.Display;

/// <summary>
/// A chart as plotly's figure specification (<c>{"data": [...], "layout": {...}}</c>): what notebooks store under
/// <see cref="MimeType"/>, what the report and the static images draw, and what a hash identifies a chart by.
/// </summary>
public sealed partial record PlotlyFigure
{
    /// <summary>The MIME type Jupyter, JupyterLab and VS Code draw with their own plotly renderer, without network.</summary>
    public const string MimeType = "application/vnd.plotly.v1+json";

    private PlotlyFigure(JsonObject figure) => Figure = figure;

    /// <summary>The figure specification.</summary>
    public JsonObject Figure { get; }

    /// <summary>The figure of a Plotly.NET chart (the JSON of <see cref="GenericChart.toFigureJson"/>), a map with its geometry inside (<see cref="WorldMap.Embed"/>).</summary>
    public static PlotlyFigure Of(GenericChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return Offline(Parse(ChartOutput.ToFigureJson(chart)));
    }

    /// <summary>A map's geometry inside the figure, so that it draws from its JSON alone (<see cref="WorldMap.Embed"/>).</summary>
    private static PlotlyFigure Offline(PlotlyFigure figure)
    {
        WorldMap.Embed(figure.Figure);
        return figure;
    }

    /// <summary>
    /// The figure of an XPlot.Plotly 4.1.0 chart, read from the script it renders (<c>var data = [...]; var layout = {...};</c>):
    /// XPlot exposes no other public way to its traces and layout.
    /// </summary>
    /// <exception cref="InvalidOperationException">XPlot's script no longer has that shape.</exception>
    public static PlotlyFigure Of(XPlot.Plotly.PlotlyChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var script = chart.GetPlottingJS();
        var match = XPlotScript().Match(script);
        if (!match.Success) throw new InvalidOperationException("XPlot.Plotly's plotting script has an unexpected shape; PlotlyFigure.Of(PlotlyChart) needs updating.");
        var figure = new JsonObject
        {
            ["data"] = JsonNode.Parse(match.Groups["data"].Value),
            ["layout"] = JsonNode.Parse(match.Groups["layout"].Value) is JsonObject layout ? layout : new JsonObject(),
        };
        var size = figure["layout"]!.AsObject();
        if (!size.ContainsKey("width") && chart.Width > 0) size["width"] = chart.Width;
        if (!size.ContainsKey("height") && chart.Height > 0) size["height"] = chart.Height;
        return Offline(new PlotlyFigure(figure));
    }

    /// <summary>A figure from its JSON text.</summary>
    /// <exception cref="JsonException">Not a JSON object with a <c>data</c> array.</exception>
    public static PlotlyFigure Parse(string json)
    {
        var node = JsonNode.Parse(json) as JsonObject ?? throw new JsonException("a plotly figure is a JSON object");
        if (node["data"] is not JsonArray) throw new JsonException("a plotly figure has a \"data\" array");
        return new PlotlyFigure(node);
    }

    /// <summary>The figure from a notebook output's MIME value (a JSON object, or its text).</summary>
    public static PlotlyFigure FromMimeValue(JsonNode value) => value is JsonObject o ? Parse(o.ToJsonString()) : Parse((string?)value ?? "");

    /// <summary>The figure as compact JSON.</summary>
    public string ToJson() => Figure.ToJsonString();

    /// <summary>
    /// A hash of the figure specification (SHA-256 of its canonical JSON, object keys sorted): equal for the same chart on
    /// any machine, unlike the pixels of a rendered image (fonts differ).
    /// </summary>
    public string SpecificationHash()
    {
        var canonical = Canonical(Figure)!.ToJsonString();
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>The chart's title text (without markup), or null.</summary>
    public string? Title()
    {
        var title = Figure["layout"]?["title"];
        var text = title is JsonObject t ? (string?)t["text"] : title is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        if (text is null) return null;
        // The title and its subtitle (ChartLayout: "title<br><sup>subtitle</sup>") are set apart by a dash; the line breaks
        // that only wrap a long title or subtitle become spaces.
        var subtitle = text.IndexOf("<br><sup>", StringComparison.OrdinalIgnoreCase);
        if (subtitle >= 0) text = string.Concat(text.AsSpan(0, subtitle), " — ", text.AsSpan(subtitle + "<br>".Length));
        text = Tags().Replace(text.Replace("<br>", " ", StringComparison.OrdinalIgnoreCase), "");
        text = System.Text.RegularExpressions.Regex.Replace(text, " {2,}", " ");
        return WebUtility.HtmlDecode(text).Trim();
    }

    /// <summary>The width and height the layout asks for (plotly's defaults otherwise: 700 × 450).</summary>
    public (int Width, int Height) Size()
    {
        var layout = Figure["layout"] as JsonObject;
        return (Number(layout?["width"]) ?? 700, Number(layout?["height"]) ?? 450);
    }

    /// <summary>
    /// HTML that draws the chart wherever plotly.js is on the page, and otherwise never fetches anything: with
    /// <paramref name="includePlotlyJs"/> it brings plotly.js and the map geometry itself (once per page is enough), else it
    /// draws with the page's <c>window.Plotly</c> or says that the chart needs it.
    /// </summary>
    public string ToHtml(string divId, bool includePlotlyJs) => ToHtml(divId, includePlotlyJs, ToJson());

    /// <summary><see cref="ToHtml(string, bool)"/> with the figure's JSON already made (<see cref="ToJson"/>), not made again.</summary>
    internal string ToHtml(string divId, bool includePlotlyJs, string json)
    {
        if (!SafeId().IsMatch(divId)) throw new ArgumentException($"'{divId}' is not a usable element id.", nameof(divId));
        var (width, height) = Size();
        var html = new StringBuilder();
        if (includePlotlyJs) html.Append("<script type=\"text/javascript\">").Append(PlotlyAssets.OfflineScript()).Append("</script>\n");
        html.Append(CultureInfo.InvariantCulture, $"<div id=\"{divId}\" style=\"width:{width}px;height:{height}px;max-width:100%\"></div>\n");
        html.Append("<script type=\"text/javascript\">(function () {\n")
            .Append("var figure = ").Append(PlotlyAssets.ScriptSafe(json)).Append(";\n")
            .Append(CultureInfo.InvariantCulture, $"var element = document.getElementById('{divId}');\n")
            .Append("if (typeof window.Plotly !== 'undefined') { window.Plotly.newPlot(element, figure.data, figure.layout, figure.config || {}); }\n")
            .Append("else { element.style.height = 'auto'; element.textContent = 'This interactive chart needs plotly.js, which this page does not have: run the notebook again, or see its static image.'; }\n")
            .Append("})();</script>\n");
        return html.ToString();
    }

    private static JsonNode? Canonical(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Canonical(p.Value)))),
        JsonArray a => new JsonArray(a.Select(Canonical).ToArray()),
        null => null,
        // A value, or a part held as text (RawJson: a map's geometry), canonical once parsed.
        _ => JsonNode.Parse(node.ToJsonString()) is var parsed && parsed is JsonObject or JsonArray ? Canonical(parsed) : parsed,
    };

    private static int? Number(JsonNode? node) => node is JsonValue v && v.TryGetValue<double>(out var d) ? (int)Math.Round(d) : null;

    [GeneratedRegex(@"var data = (?<data>\[.*\]);\s*var layout = (?<layout>.*?);\s*Plotly\.newPlot\(", RegexOptions.Singleline)]
    private static partial Regex XPlotScript();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]*$")]
    private static partial Regex SafeId();
}
