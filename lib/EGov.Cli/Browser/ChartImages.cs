using System.Text.Json.Nodes;
using EGov.Cli.Notebooks;
using EGov.Display;
using PuppeteerSharp;

namespace EGov.Cli.Browser;

/// <summary>
/// Adds a static image to every chart output of executed notebooks: an <c>image/svg+xml</c> for charts, an
/// <c>image/png</c> for maps (hundreds of country outlines make an SVG heavy and slow). Images are drawn by plotly.js
/// itself (<c>Plotly.toImage</c>) from the output's <c>application/vnd.plotly.v1+json</c> figure, in one page of one
/// browser. The image replaces a chart's HTML that brings no plotly.js (egov run's, NotebookDisplay.PlotlyJsVariable): on
/// a page without plotly.js (classic Notebook opening the file, nbconvert's HTML, GitHub) that HTML draws nothing and the
/// image shows instead; JupyterLab and VS Code draw the figure JSON. HTML that brings plotly.js is kept.
/// </summary>
internal sealed class ChartImages : IAsyncDisposable
{
    private const string Render = """
        async (figureJson, format, width, height) => {
          const figure = JSON.parse(figureJson);
          return await Plotly.toImage({ data: figure.data, layout: figure.layout || {} }, { format: format, width: width, height: height });
        }
        """;

    private readonly IPage page;

    private ChartImages(IPage page) => this.page = page;

    /// <summary>A page with plotly.js and the map geometry, ready to draw figures.</summary>
    public static async Task<ChartImages> OpenAsync(HeadlessBrowser browser)
    {
        var page = await browser.NewOfflinePageAsync();
        var file = Path.Combine(Path.GetTempPath(), $"egov-chart-images-{Environment.ProcessId}.html");
        await File.WriteAllTextAsync(file, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><script>" + PlotlyAssets.OfflineScript() + "</script></head><body></body></html>");
        try { await page.GoToAsync(new Uri(file).AbsoluteUri); }
        finally { File.Delete(file); }
        return new ChartImages(page);
    }

    /// <summary>Counts of one notebook: chart outputs, and images added to them.</summary>
    public readonly record struct Counts(int Charts, int Images);

    /// <summary>Adds an image to each chart output of the notebook (replacing an older one); returns the counts.</summary>
    public async Task<Counts> AddAsync(NotebookDocument notebook)
    {
        var charts = 0;
        var images = 0;
        foreach (var output in notebook.CodeCells.SelectMany(c => c.Outputs).OfType<JsonObject>())
        {
            if (output["data"] is not JsonObject data || data[PlotlyFigure.MimeType] is not { } value) continue;
            charts++;
            PlotlyFigure figure;
            try { figure = PlotlyFigure.FromMimeValue(value); }
            catch (System.Text.Json.JsonException) { continue; }
            var isMap = IsMap(figure);
            var (width, height) = figure.Size();
            var url = await page.EvaluateFunctionAsync<string>(Render, figure.ToJson(), isMap ? "png" : "svg", width, height);
            data.Remove("image/svg+xml");
            data.Remove("image/png");
            if (isMap) data["image/png"] = url[(url.IndexOf(',', StringComparison.Ordinal) + 1)..];
            else data["image/svg+xml"] = NotebookText.Lines(Uri.UnescapeDataString(url[(url.IndexOf(',', StringComparison.Ordinal) + 1)..]));
            var metadata = output["metadata"] as JsonObject ?? (JsonObject)(output["metadata"] = new JsonObject());
            metadata[isMap ? "image/png" : "image/svg+xml"] = new JsonObject { ["width"] = width, ["height"] = height };
            if (data["text/html"] is { } html && !NotebookText.Of(html).Contains("plotly.js v" + PlotlyAssets.PlotlyVersion, StringComparison.Ordinal))
                data.Remove("text/html");
            images++;
        }
        return new Counts(charts, images);
    }

    /// <summary>True for a figure with a geographic trace.</summary>
    public static bool IsMap(PlotlyFigure figure) =>
        figure.Figure["data"] is JsonArray traces && traces.Any(t => t?["type"] is JsonValue v && v.TryGetValue<string>(out var type)
            && (type.Contains("geo", StringComparison.Ordinal) || type.StartsWith("choropleth", StringComparison.Ordinal)));

    public async ValueTask DisposeAsync() => await page.CloseAsync();
}
