using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using EGov.Cli.Notebooks;
using EGov.Display;
using Markdig;
using Markdig.Renderers.Html;
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
    private readonly HashSet<string> ids = new(StringComparer.Ordinal);
    private readonly List<(string Text, string Id)> sections = [];
    private int charts;

    /// <summary>
    /// The second-level headings rendered so far (outside solutions), with the ids they got: the table of contents. Ids
    /// are unique over everything this instance rendered (a page), so two notebooks or cells with the same heading never
    /// share one.
    /// </summary>
    public IReadOnlyList<(string Text, string Id)> Sections => sections;

    /// <summary>Keeps <paramref name="taken"/> from being given to a heading (ids the page uses for other elements).</summary>
    public void Reserve(IEnumerable<string> taken) => ids.UnionWith(taken);

    /// <summary>The section of one notebook: its failure (if any), then every cell.</summary>
    public string Render(NotebookResult result, NotebookDocument? notebook, string id)
    {
        var html = new StringBuilder();
        var status = RunStatusConverter.Text(result.Status);
        ids.Add(id);
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
                html.Append("<div class=\"markdown\">").Append(Markdown(cell.Source, contents: !cell.HasTag(SolutionTag))).Append("</div>\n");
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
                    html.Append("<div class=\"output chart\">").Append(figure.ToHtml(Unique($"chart-{++charts}"), includePlotlyJs: false)).Append("</div>\n");
                else if (data["text/html"] is { } h) html.Append("<div class=\"output html\">").Append(NotebookText.Of(h)).Append("</div>\n");
                else if (data["image/png"] is { } png) html.Append(CultureInfo.InvariantCulture, $"<img class=\"output\" alt=\"chart\" src=\"data:image/png;base64,{E(NotebookText.Of(png).Trim())}\">\n");
                else if (data["image/svg+xml"] is { } svg) html.Append("<div class=\"output\">").Append(NotebookText.Of(svg)).Append("</div>\n");
                else if (data["text/markdown"] is { } md) html.Append("<div class=\"output markdown\">").Append(Markdown(NotebookText.Of(md))).Append("</div>\n");
                else if (data["text/plain"] is { } text) html.Append(CultureInfo.InvariantCulture, $"<pre class=\"output\">{E(NotebookText.Of(text))}</pre>\n");
                break;
        }
    }

    /// <summary>Markdown to HTML; links to sibling notebooks (<c>02-x.ipynb</c>) become links inside the report.</summary>
    public string Markdown(string markdown) => Markdown(markdown, contents: false);

    private string Markdown(string markdown, bool contents)
    {
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var attributes = heading.GetAttributes();
            if (attributes.Id is not { Length: > 0 } id) continue;
            attributes.Id = Unique(id);
            if (contents && heading.Level == 2 && heading.Inline is { } inline) sections.Add((PlainText(inline), attributes.Id));
        }
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

    /// <summary><paramref name="id"/>, or with <c>-1</c>, <c>-2</c>... when this page has it already.</summary>
    private string Unique(string id)
    {
        var unique = id;
        for (var n = 1; !ids.Add(unique); n++) unique = $"{id}-{n}";
        return unique;
    }

    private static string PlainText(ContainerInline inline) =>
        string.Concat(inline.Descendants<Inline>().Select(i => i switch
        {
            LiteralInline literal => literal.Content.ToString(),
            CodeInline code => code.Content,
            _ => "",
        })).Trim();

    private static PlotlyFigure? TryFigure(JsonNode value)
    {
        try { return PlotlyFigure.FromMimeValue(value); }
        catch (System.Text.Json.JsonException) { return null; }
    }

    public static string StatusClass(RunStatus status) => RunStatusConverter.Text(status).Replace(' ', '-');

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
