using System.Globalization;
using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using EGov.Cli.Notebooks;
using EGov.Display;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace EGov.Cli.Report;

/// <summary>
/// Writes the single offline HTML report: an index of every notebook, then each notebook's Markdown, code and outputs.
/// plotly.js is inlined once for the whole report and the world geometry is supplied, so charts and maps draw with no
/// network; every piece of text from a notebook is HTML-escaped (HTML outputs are the notebook's own rendering).
/// </summary>
internal static class ReportBuilder
{
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

    public static string Write(string output, RunSummary summary)
    {
        var path = Path.Combine(output, "index.html");
        File.WriteAllText(path, Render(output, summary), new UTF8Encoding(false));
        return path;
    }

    public static string Render(string output, RunSummary summary)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>E-Government Survey Notebooks: report</title>\n<style>").Append(Styles).Append("</style>\n");
        html.Append("<script>").Append(PlotlyAssets.OfflineScript()).Append(RequireShim).Append("</script>\n");
        html.Append("</head><body>\n<header><h1>E-Government Survey Notebooks</h1>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"run\">Run {E(summary.Started.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture))}: {summary.Passed} passed, {summary.Failed} failed, {summary.Seconds:0.0} s.</p>\n");
        html.Append("<table class=\"index\"><thead><tr><th>notebook</th><th>title</th><th>status</th><th>time</th></tr></thead><tbody>\n");
        var notebooks = summary.Notebooks.Select(r => (Result: r, Notebook: Load(output, r))).ToList();
        foreach (var (result, notebook) in notebooks)
        {
            var id = Anchor(result.Notebook);
            html.Append(CultureInfo.InvariantCulture,
                $"<tr class=\"{StatusClass(result.Status)}\"><td><a href=\"#{id}\">{E(Path.GetFileName(result.Notebook))}</a></td><td>{E(notebook?.Heading ?? "")}</td><td>{E(RunStatusConverter.Text(result.Status))}</td><td>{result.Seconds:0.0} s</td></tr>\n");
        }
        html.Append("</tbody></table></header>\n<main>\n");
        var charts = 0;
        foreach (var (result, notebook) in notebooks) RenderNotebook(html, result, notebook, ref charts);
        html.Append("</main>\n</body></html>\n");
        return html.ToString();
    }

    private static void RenderNotebook(StringBuilder html, NotebookResult result, NotebookDocument? notebook, ref int charts)
    {
        var status = RunStatusConverter.Text(result.Status);
        html.Append(CultureInfo.InvariantCulture, $"<section class=\"notebook\" id=\"{Anchor(result.Notebook)}\">\n<p class=\"file {StatusClass(result.Status)}\">{E(Path.GetFileName(result.Notebook))}: {E(status)}, {result.Seconds:0.0} s</p>\n");
        if (result.FailedCell is { } failed)
        {
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"failure\"><strong>Cell {failed.Cell} failed</strong>: <code>{E(failed.FirstLine)}</code><pre>{E(failed.Error?.Message ?? "")}</pre></div>\n");
        }
        else if (result.Error is { } error)
        {
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"failure\"><strong>{E(status)}</strong><pre>{E(error)}</pre></div>\n");
        }
        var codeNumber = 0;
        foreach (var cell in notebook?.Cells ?? [])
        {
            var source = cell.Source;
            if (cell.Kind == CellKind.Markdown)
            {
                html.Append("<div class=\"markdown\">").Append(MarkdownToHtml(source)).Append("</div>\n");
                continue;
            }
            if (cell.Kind != CellKind.Code) continue;
            codeNumber++;
            var isFailed = result.FailedCell?.Cell == codeNumber;
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"cell{(isFailed ? " failed" : "")}\"><div class=\"prompt\">[{codeNumber}]</div><pre class=\"code\"><code>{E(source)}</code></pre>\n");
            foreach (var output in cell.Outputs) if (output is not null) RenderOutput(html, output, ref charts);
            html.Append("</div>\n");
        }
        html.Append("</section>\n");
    }

    private static void RenderOutput(StringBuilder html, JsonNode output, ref int charts)
    {
        switch ((string?)output["output_type"])
        {
            case "stream":
                html.Append(CultureInfo.InvariantCulture, $"<pre class=\"output {E((string?)output["name"] ?? "stdout")}\">{E(NotebookText.Of(output["text"]))}</pre>\n");
                break;
            case "error":
                html.Append(CultureInfo.InvariantCulture, $"<pre class=\"output error\">{E((string?)output["ename"] ?? "")}: {E((string?)output["evalue"] ?? "")}</pre>\n");
                break;
            case "display_data" or "execute_result":
                var data = output["data"]?.AsObject();
                if (data is null) break;
                if (data[PlotlyFigure.MimeType] is { } figure && TryFigure(figure) is { } chart)
                    html.Append("<div class=\"output chart\">").Append(chart.ToHtml($"report-chart-{++charts}", includePlotlyJs: false)).Append("</div>\n");
                else if (data["text/html"] is { } h) html.Append("<div class=\"output html\">").Append(NotebookText.Of(h)).Append("</div>\n");
                else if (data["image/png"] is { } png) html.Append(CultureInfo.InvariantCulture, $"<img class=\"output\" alt=\"chart\" src=\"data:image/png;base64,{E(NotebookText.Of(png).Trim())}\">\n");
                else if (data["image/svg+xml"] is { } svg) html.Append("<div class=\"output\">").Append(NotebookText.Of(svg)).Append("</div>\n");
                else if (data["text/markdown"] is { } md) html.Append("<div class=\"output markdown\">").Append(MarkdownToHtml(NotebookText.Of(md))).Append("</div>\n");
                else if (data["text/plain"] is { } text) html.Append(CultureInfo.InvariantCulture, $"<pre class=\"output\">{E(NotebookText.Of(text))}</pre>\n");
                break;
        }
    }

    /// <summary>Markdown to HTML; links to sibling notebooks (<c>02-x.ipynb</c>) become links inside the report.</summary>
    public static string MarkdownToHtml(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, Markdown);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is { } url && !url.Contains("://", StringComparison.Ordinal) && url.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase))
                link.Url = "#" + Anchor(url);
        }
        var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer);
        Markdown.Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
    }

    /// <summary>The executed notebook, else the notebook as written (timed out or crashed), else nothing (not a notebook).</summary>
    private static NotebookDocument? Load(string output, NotebookResult result)
    {
        var path = result.ExecutedNotebook is { } executed ? Path.Combine(output, executed) : null;
        if (path is null || !File.Exists(path)) path = result.Notebook;
        try { return NotebookDocument.Load(path); }
        catch (NotebookFormatException) { return null; }
    }

    private static PlotlyFigure? TryFigure(JsonNode value)
    {
        try { return PlotlyFigure.FromMimeValue(value); }
        catch (System.Text.Json.JsonException) { return null; }
    }

    private static string Anchor(string notebook) => "nb-" + Path.GetFileNameWithoutExtension(notebook).ToLowerInvariant();

    private static string StatusClass(RunStatus status) => RunStatusConverter.Text(status).Replace(' ', '-');

    private static string E(string text) => WebUtility.HtmlEncode(text);

    /// <summary>
    /// Plotly.NET.Interactive's outputs load plotly.js through require.js from a CDN when require.js is absent. This shim
    /// answers them with the plotly.js inlined above, so no request leaves the page.
    /// </summary>
    private const string RequireShim = """
        (function () {
          var req = function (deps, callback) { if (callback) { callback(window.Plotly); } };
          req.config = function () { return req; };
          window.requirejs = req; window.require = req;
        })();
        """;

    private const string Styles = """
        body { font-family: system-ui, sans-serif; max-width: 1100px; margin: 0 auto; padding: 1rem 2rem; color: #1a1a1a; }
        table.index { border-collapse: collapse; } table.index td, table.index th { padding: .25rem .75rem; border-bottom: 1px solid #ddd; text-align: left; }
        .passed { color: #1b7837; } .failed, .timed-out { color: #b2182b; }
        section.notebook { border-top: 3px solid #333; margin-top: 2.5rem; padding-top: .5rem; }
        .cell { margin: .75rem 0; } .cell.failed { border-left: 4px solid #b2182b; padding-left: .5rem; }
        .prompt { color: #888; font-size: .8rem; } pre.code { background: #f6f8fa; padding: .6rem; overflow-x: auto; }
        pre.output { background: #fff; border-left: 3px solid #ccc; padding: .4rem .6rem; overflow-x: auto; }
        pre.output.error, pre.output.stderr { border-left-color: #b2182b; color: #b2182b; }
        .failure { background: #fde0dd; padding: .5rem 1rem; } .output.html { overflow-x: auto; }
        table { border-collapse: collapse; } .markdown table td, .markdown table th { border: 1px solid #ddd; padding: .2rem .5rem; }
        """;
}
