using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using EGov.Cli.Notebooks;
using EGov.Display;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace EGov.Cli.Report;

/// <summary>
/// One executed notebook as HTML: Markdown as HTML, code as escaped text, outputs as the notebook shows them (charts drawn
/// from their plotly figure by the page's plotly.js), cells tagged <c>solution</c> folded in a &lt;details&gt;.
/// Every piece of text from a notebook is HTML-escaped; HTML outputs are the notebook's own rendering.
/// </summary>
internal sealed class NotebookHtml(Func<string, string> notebookLink)
{
    /// <summary>The tag of worked solutions, folded away in the report and the published copy.</summary>
    public const string SolutionTag = "solution";

    /// <summary>Cells shown folded, by tag, with the words on the fold.</summary>
    public static readonly IReadOnlyDictionary<string, string> Folded = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [SolutionTag] = "Solution", [NotebookTags.Setup] = "Set-up cell",
    };

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();
    private int charts;

    /// <summary>The section of one notebook: its failure (if any), then every cell.</summary>
    public string Render(NotebookResult result, NotebookDocument? notebook, string id)
    {
        var html = new StringBuilder();
        var status = RunStatusConverter.Text(result.Status);
        html.Append(CultureInfo.InvariantCulture, $"<section class=\"notebook\" id=\"{E(id)}\">\n<p class=\"file {StatusClass(result.Status)}\">{E(Path.GetFileName(result.Notebook))}: {E(status)}, {result.Seconds:0.0} s</p>\n");
        if (result.FailedCell is { } failed)
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"failure\"><strong>Cell {failed.Cell} failed</strong>: <code>{E(failed.FirstLine)}</code><pre>{E(failed.Error?.Message ?? "")}</pre></div>\n");
        else if (result.Error is { } error)
            html.Append(CultureInfo.InvariantCulture, $"<div class=\"failure\"><strong>{E(status)}</strong><pre>{E(error)}</pre></div>\n");
        var codeNumber = 0;
        foreach (var cell in notebook?.Cells ?? [])
        {
            var fold = cell.Tags.FirstOrDefault(Folded.ContainsKey);
            if (fold is not null) html.Append(CultureInfo.InvariantCulture, $"<details class=\"{fold}\"><summary>{E(Folded[fold])}</summary>\n");
            if (cell.Kind == CellKind.Markdown)
                html.Append("<div class=\"markdown\">").Append(Markdown(cell.Source)).Append("</div>\n");
            else if (cell.Kind == CellKind.Code)
            {
                codeNumber++;
                var isFailed = result.FailedCell?.Cell == codeNumber;
                html.Append(CultureInfo.InvariantCulture, $"<div class=\"cell{(isFailed ? " failed" : "")}\"><div class=\"prompt\">[{codeNumber}]</div><pre class=\"code\"><code>{E(cell.Source)}</code></pre>\n");
                foreach (var output in cell.Outputs) if (output is not null) RenderOutput(html, output);
                html.Append("</div>\n");
            }
            if (fold is not null) html.Append("</details>\n");
        }
        return html.Append("</section>\n").ToString();
    }

    private void RenderOutput(StringBuilder html, JsonNode output)
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
                if (output["data"] is not JsonObject data) break;
                if (data[PlotlyFigure.MimeType] is { } value && TryFigure(value) is { } figure)
                    html.Append("<div class=\"output chart\">").Append(figure.ToHtml($"chart-{++charts}", includePlotlyJs: false)).Append("</div>\n");
                else if (data["text/html"] is { } h) html.Append("<div class=\"output html\">").Append(NotebookText.Of(h)).Append("</div>\n");
                else if (data["image/png"] is { } png) html.Append(CultureInfo.InvariantCulture, $"<img class=\"output\" alt=\"chart\" src=\"data:image/png;base64,{E(NotebookText.Of(png).Trim())}\">\n");
                else if (data["image/svg+xml"] is { } svg) html.Append("<div class=\"output\">").Append(NotebookText.Of(svg)).Append("</div>\n");
                else if (data["text/markdown"] is { } md) html.Append("<div class=\"output markdown\">").Append(Markdown(NotebookText.Of(md))).Append("</div>\n");
                else if (data["text/plain"] is { } text) html.Append(CultureInfo.InvariantCulture, $"<pre class=\"output\">{E(NotebookText.Of(text))}</pre>\n");
                break;
        }
    }

    /// <summary>Markdown to HTML; links to sibling notebooks (<c>02-x.ipynb</c>) become links inside the report.</summary>
    public string Markdown(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        foreach (var link in document.Descendants<LinkInline>())
        {
            if (link.Url is { } url && !url.Contains("://", StringComparison.Ordinal) && url.EndsWith(".ipynb", StringComparison.OrdinalIgnoreCase))
                link.Url = notebookLink(url);
        }
        var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer);
        Pipeline.Setup(renderer);
        renderer.Render(document);
        return writer.ToString();
    }

    /// <summary>The second-level headings of the notebook's Markdown, for its table of contents.</summary>
    public static IReadOnlyList<string> Sections(NotebookDocument? notebook) =>
        notebook?.Cells.Where(c => c.Kind == CellKind.Markdown && !c.HasTag(SolutionTag))
            .SelectMany(c => c.Source.Split('\n')).Where(l => l.StartsWith("## ", StringComparison.Ordinal)).Select(l => l[3..].Trim()).ToList() ?? [];

    /// <summary>The id Markdig gives a heading (AutoIdentifiers of the advanced extensions).</summary>
    public string HeadingId(string heading)
    {
        var html = Markdown("## " + heading);
        var start = html.IndexOf("id=\"", StringComparison.Ordinal);
        return start < 0 ? "" : html[(start + 4)..html.IndexOf('"', start + 4)];
    }

    private static PlotlyFigure? TryFigure(JsonNode value)
    {
        try { return PlotlyFigure.FromMimeValue(value); }
        catch (System.Text.Json.JsonException) { return null; }
    }

    public static string StatusClass(RunStatus status) => RunStatusConverter.Text(status).Replace(' ', '-');

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
