using System.Text.Json.Nodes;

namespace EGov.Tests.Run;

/// <summary>`egov publish` on a real run of a small collection: writes the readable copy, then `--check` tells when it is stale.</summary>
public sealed class PublishTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("egov-publish-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [SkippableFact]
    public void Publish_writes_the_collection_and_check_fails_after_a_notebook_change_until_republished()
    {
        Chromium.SkipUnlessPresent();
        var notebook = Path.Combine(root, "01-chart.ipynb");
        var json = ChartFixture();
        json["cells"]!.AsArray().Insert(0, Markdown("# 01 · A chart\n\nWhat you will learn:\n- how a chart is published"));
        json["cells"]!.AsArray().Last(c => (string?)c!["cell_type"] == "code")!["metadata"] = new JsonObject { ["tags"] = new JsonArray("readme") };
        File.WriteAllText(notebook, json.ToJsonString());
        File.WriteAllText(Path.Combine(root, "README.md"), "# Test\n\n<!-- egov publish: results --><!-- /egov publish: results -->\n");
        string[] Publish(params string[] extra) => ["publish", "--from", "run", "--out", "docs/collection", "--readme", "README.md", .. extra];

        Assert.Equal(0, Run("run", "01-chart.ipynb", "--out", "run").Exit);
        var published = Run(Publish());
        Assert.True(published.Exit == 0, published.Stderr);
        var markdown = File.ReadAllText(Path.Combine(root, "docs", "collection", "01-chart.md"));
        Assert.Contains("# 01 · A chart", markdown);
        Assert.Matches(@"<!-- figure sha256:[0-9a-f]{64} -->\n!\[[^\]]*2020[^\]]*\]\(images/01-chart-02-1\.svg\)", markdown);
        Assert.Contains("<svg", File.ReadAllText(Path.Combine(root, "docs", "collection", "images", "01-chart-02-1.svg")));
        var readme = File.ReadAllText(Path.Combine(root, "README.md"));
        Assert.Contains("| C1 |", readme); // the China claims, computed
        Assert.Contains("](docs/collection/images/01-chart-02-1.svg)", readme); // the chart tagged readme
        Assert.Equal(0, Run(Publish("--check")).Exit);

        // A changed chart (another edition): same file names, another figure; the check sees it through the figure hash.
        File.WriteAllText(notebook, File.ReadAllText(notebook).Replace("IndexByRegionBox(survey, EGov.Data.SurveyIndex.Egdi, 2020)", "IndexByRegionBox(survey, EGov.Data.SurveyIndex.Egdi, 2024)", StringComparison.Ordinal));
        Assert.Equal(0, Run("run", "01-chart.ipynb", "--out", "run").Exit);
        var stale = Run(Publish("--check"));
        Assert.Equal(1, stale.Exit);
        Assert.Contains("stale: 01-chart.md", stale.Stderr);
        Assert.Contains("stale: README.md (its results block)", stale.Stderr);
        Assert.Equal(0, Run(Publish()).Exit);
        Assert.Equal(0, Run(Publish("--check")).Exit);

        // A deleted image is missing; an extra file is reported too.
        File.Delete(Path.Combine(root, "docs", "collection", "images", "01-chart-02-1.svg"));
        File.WriteAllText(Path.Combine(root, "docs", "collection", "stray.md"), "");
        var broken = Run(Publish("--check"));
        Assert.Equal(1, broken.Exit);
        Assert.Contains("missing: images/01-chart-02-1.svg", broken.Stderr);
        Assert.Contains("extra: stray.md", broken.Stderr);
    }

    [Fact]
    public void Publish_refuses_a_run_without_images_and_a_folder_without_a_run()
    {
        var notebook = Path.Combine(root, "01-chart.ipynb");
        var json = ChartFixture();
        json["cells"]!.AsArray().Insert(0, Markdown("# 01 · A chart"));
        File.WriteAllText(notebook, json.ToJsonString());
        File.WriteAllText(Path.Combine(root, "README.md"), "<!-- egov publish: results --><!-- /egov publish: results -->\n");
        var noRun = Run("publish", "--from", "nothing-here", "--out", "collection");
        Assert.Equal(2, noRun.Exit);
        Assert.Contains("no run in nothing-here", noRun.Stderr);

        var run = CliProcess.RunWithEnvironment(new Dictionary<string, string?> { ["EGOV_CHROMIUM"] = "/nonexistent/chromium" }, root, "run", "01-chart.ipynb", "--out", "run");
        Assert.Equal(0, run.Exit);
        var publish = Run("publish", "--from", "run", "--out", "collection");
        Assert.Equal(1, publish.Exit);
        Assert.Contains("1 of 1 charts in run have no static image", publish.Stderr);
        Assert.False(Directory.Exists(Path.Combine(root, "collection")));
    }

    private (int Exit, string Stdout, string Stderr) Run(params string[] args) => CliProcess.Run(root, args);

    /// <summary>The chart fixture, loading the library from the tests' folder wherever the copy lives.</summary>
    private static JsonNode ChartFixture() => JsonNode.Parse(File.ReadAllText(Path.Combine(CliProcess.Fixtures, "plotly-chart.ipynb"))
        .Replace("../../EGov.dll", Path.Combine(AppContext.BaseDirectory, "EGov.dll"), StringComparison.Ordinal))!;

    private static JsonObject Markdown(string text) => new() { ["cell_type"] = "markdown", ["metadata"] = new JsonObject(), ["source"] = text };
}
