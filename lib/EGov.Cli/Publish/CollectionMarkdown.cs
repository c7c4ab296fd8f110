using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EGov.Cli.Notebooks;
using EGov.Cli.Report;
using EGov.Display;

namespace EGov.Cli.Publish;

/// <summary>
/// One executed notebook as GitHub-readable Markdown: prose as written, code in fenced blocks, tables as the HTML tables
/// GitHub renders, text outputs fenced, each chart as its static image with the hash of its figure specification (what
/// <c>publish --check</c> compares, not the pixels), set-up and solution cells folded in &lt;details&gt;.
/// </summary>
internal static partial class CollectionMarkdown
{
    /// <summary>A chart image to write beside the Markdown; <paramref name="Featured"/> for a cell tagged <c>readme</c>.</summary>
    public sealed record Image(string FileName, byte[] Bytes, string Title, bool Featured);

    /// <summary>The Markdown of a notebook and its chart images; <paramref name="missingImages"/> counts charts without a static image.</summary>
    public static (string Markdown, IReadOnlyList<Image> Images) Render(NotebookDocument notebook, string imagesFolder, out int missingImages)
    {
        var md = new StringBuilder();
        var images = new List<Image>();
        missingImages = 0;
        var name = notebook.Name;
        var code = 0;
        for (var i = 0; i < notebook.Cells.Count; i++)
        {
            var cell = notebook.Cells[i];
            // Consecutive cells with the same folded tag (the two set-up cells) share one fold.
            var fold = cell.Tags.FirstOrDefault(NotebookHtml.Folded.ContainsKey);
            var previousFold = i > 0 ? notebook.Cells[i - 1].Tags.FirstOrDefault(NotebookHtml.Folded.ContainsKey) : null;
            var nextFold = i + 1 < notebook.Cells.Count ? notebook.Cells[i + 1].Tags.FirstOrDefault(NotebookHtml.Folded.ContainsKey) : null;
            if (fold is not null && fold != previousFold) md.Append("<details><summary>").Append(NotebookHtml.Folded[fold]).Append("</summary>\n\n");
            switch (cell.Kind)
            {
                case CellKind.Markdown:
                    md.Append(Links(cell.Source.TrimEnd())).Append("\n\n");
                    break;
                case CellKind.Code:
                    code++;
                    md.Append(MarkdownText.Fenced("csharp", cell.Source.TrimEnd()));
                    var n = 0;
                    foreach (var output in cell.Outputs.OfType<JsonObject>())
                    {
                        var image = Output(md, output, $"{name}-{code:00}-{++n}", imagesFolder, ref missingImages);
                        if (image is not null) images.Add(image with { Featured = cell.HasTag(ReadmeResults.Tag) });
                    }
                    break;
            }
            if (fold is not null && fold != nextFold) md.Append("</details>\n\n");
        }
        return (md.ToString().TrimEnd() + "\n", images);
    }

    private static Image? Output(StringBuilder md, JsonObject output, string stem, string imagesFolder, ref int missingImages)
    {
        switch ((string?)output["output_type"])
        {
            case "stream":
                Fence(md, NotebookText.Of(output["text"]));
                return null;
            case "error":
                Fence(md, $"{(string?)output["ename"]}: {(string?)output["evalue"]}");
                return null;
            case "display_data" or "execute_result":
                if (output["data"] is not JsonObject data) return null;
                if (data[PlotlyFigure.MimeType] is { } value)
                {
                    var figure = PlotlyFigure.FromMimeValue(value);
                    var title = figure.Title() ?? "chart";
                    var (file, bytes) = data["image/svg+xml"] is { } svg ? (stem + ".svg", Encoding.UTF8.GetBytes(NotebookText.Of(svg)))
                        : data["image/png"] is { } png ? (stem + ".png", Convert.FromBase64String(NotebookText.Of(png).Trim()))
                        : (null, null);
                    md.Append(CultureInfo.InvariantCulture, $"<!-- figure sha256:{figure.SpecificationHash()} -->\n");
                    if (file is null)
                    {
                        missingImages++;
                        md.Append("*(chart: ").Append(MarkdownText.Plain(title)).Append(")*\n\n");
                        return null;
                    }
                    md.Append("![").Append(MarkdownText.LinkText(title.Replace("[", "(", StringComparison.Ordinal).Replace("]", ")", StringComparison.Ordinal)))
                      .Append("](").Append(MarkdownText.Destination(imagesFolder + "/" + file)).Append(")\n\n");
                    return new Image(file, bytes!, title, false);
                }
                if (data["text/html"] is { } h && NotebookText.Of(h) is var html && !html.Contains("<script", StringComparison.OrdinalIgnoreCase))
                {
                    md.Append(Blank().Replace(html.Trim(), "\n")).Append("\n\n");
                    return null;
                }
                if (data["text/markdown"] is { } text) md.Append(NotebookText.Of(text).Trim()).Append("\n\n");
                else if (data["text/plain"] is { } plain) Fence(md, NotebookText.Of(plain));
                return null;
            default:
                return null;
        }
    }

    private static void Fence(StringBuilder md, string text) => md.Append(MarkdownText.Fenced("text", text));

    /// <summary>Links to sibling notebooks point at their Markdown copies.</summary>
    private static string Links(string markdown) => NotebookLink().Replace(markdown, m => $"]({m.Groups["name"].Value}.md{m.Groups["anchor"].Value})");

    [GeneratedRegex(@"\]\((?<name>\d\d-[A-Za-z0-9-]+)\.ipynb(?<anchor>#[^)]*)?\)")]
    private static partial Regex NotebookLink();

    // A blank line inside an HTML block would end it for GitHub's Markdown.
    [GeneratedRegex(@"\n\s*\n")]
    private static partial Regex Blank();
}
