using System.Text.Json.Nodes;
using EGov.Cli.Notebooks;
using EGov.Cli.Publish;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace EGov.Tests.Safety;

/// <summary>
/// The published Markdown of a notebook whose code and outputs hold fences, and whose file name and chart title are
/// Markdown and URL syntax: read back with a CommonMark parser, every block and link is what it should be.
/// </summary>
public sealed class CollectionMarkdownEscapingTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("egov-markdown-escaping-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void Fences_links_and_titles_survive_hostile_content()
    {
        const string code = "var s = \"```\";\n// ~~~~ and ````` inside\nConsole.WriteLine(s);";
        const string printed = "```\nnot the end of the block\n~~~~\n`````\n";
        const string title = "A ] title [x](javascript:alert(1)) <script>alert(2)</script> *not bold*";
        var figure = new JsonObject { ["data"] = new JsonArray(), ["layout"] = new JsonObject { ["title"] = new JsonObject { ["text"] = title } } };
        var cell = new JsonObject
        {
            ["cell_type"] = "code", ["metadata"] = new JsonObject(), ["execution_count"] = 1, ["source"] = code,
            ["outputs"] = new JsonArray(
                new JsonObject { ["output_type"] = "stream", ["name"] = "stdout", ["text"] = printed },
                new JsonObject
                {
                    ["output_type"] = "display_data", ["metadata"] = new JsonObject(),
                    ["data"] = new JsonObject { ["application/vnd.plotly.v1+json"] = figure, ["image/svg+xml"] = "<svg/>" },
                },
                new JsonObject
                {
                    ["output_type"] = "display_data", ["metadata"] = new JsonObject(),
                    ["data"] = new JsonObject { ["application/vnd.plotly.v1+json"] = figure.DeepClone() },
                }),
        };
        var path = Path.Combine(root, "01-a (b) [c] #d.ipynb");
        File.WriteAllText(path, new JsonObject { ["nbformat"] = 4, ["nbformat_minor"] = 5, ["metadata"] = new JsonObject(), ["cells"] = new JsonArray(cell) }.ToJsonString());

        var (markdown, images) = CollectionMarkdown.Render(NotebookDocument.Load(path), "images", out var missing);
        Assert.Equal(1, missing);
        var document = Markdown.Parse(markdown, new MarkdownPipelineBuilder().UseAdvancedExtensions().Build());
        var blocks = document.Descendants<FencedCodeBlock>().ToList();
        Assert.Equal(2, blocks.Count);
        Assert.Equal(code, blocks[0].Lines.ToString());
        Assert.Equal(printed.TrimEnd('\n'), blocks[1].Lines.ToString());
        var image = Assert.Single(document.Descendants<LinkInline>());
        Assert.True(image.IsImage);
        Assert.Equal("images/" + images.Single().FileName, Uri.UnescapeDataString(image.Url!));
        Assert.Contains("title", string.Concat(image.Descendants<LiteralInline>().Select(l => l.Content.ToString())));
        // No raw HTML and no emphasis come out of the title of the chart without an image.
        Assert.Empty(document.Descendants<HtmlInline>());
        var marker = Assert.Single(document.Descendants<EmphasisInline>()); // *(chart: TITLE)*, the title as plain text inside
        var shown = string.Concat(marker.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
        Assert.StartsWith("(chart: A ] title [x](javascript:alert(1)) ", shown, StringComparison.Ordinal); // (the chart title drops HTML tags)
        Assert.EndsWith(" *not bold*)", shown, StringComparison.Ordinal);

        var table = new DocTable("hostile content", "read back with Markdig (CommonMark)");
        table.Add("code holding ```` ``` ````, `~~~~` and ```` ````` ````", $"one fenced block, {blocks[0].Lines.Count} lines identical to the code");
        table.Add("printed output holding the same fences", $"one fenced block, {blocks[1].Lines.Count} lines identical to the output");
        table.Add("the notebook file `01-a (b) [c] #d.ipynb` with a chart image", $"one image link, `{image.Url}`, reaching `images/{images.Single().FileName}`");
        table.Add("a chart title `" + title.Replace("`", "", StringComparison.Ordinal) + "` without an image", "plain text inside the emphasis marker: no link, no raw HTML, no nested emphasis");
        ReliabilityDoc.Check("publish-markdown", "tests/EGov.Tests/Safety/CollectionMarkdownEscapingTests.cs", table.ToString());
    }
}
