using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace EGov.Tests.Run;

[Collection("runner")]
public sealed class RunnerTests(RunnerFixture run)
{
    private static string Text(JsonNode? node) => node switch
    {
        JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
        _ => (string?)node ?? "",
    };

    [Fact]
    public void A_failing_notebook_fails_the_run_but_the_others_still_run()
    {
        Assert.Equal(1, run.Exit);
        Assert.Equal("passed", (string?)run.Result("passing")["status"]);
        Assert.Equal("passed", (string?)run.Result("deedle-frame")["status"]);
        Assert.Equal(RunnerFixture.Notebooks.Length, run.Summary["notebooks"]!.AsArray().Count);
        Assert.Equal(3, (int)run.Summary["failed"]!);
        Assert.Matches(new Regex(@"^4 passed, 3 failed in", RegexOptions.Multiline), run.Stdout);
    }

    [Fact]
    public void A_passing_notebook_keeps_its_outputs_in_a_valid_nbformat_4_notebook()
    {
        var notebook = run.Executed("passing");
        Assert.Equal(4, (int)notebook["nbformat"]!);
        Assert.Equal(".net-csharp", (string?)notebook["metadata"]!["kernelspec"]!["name"]);
        var cells = notebook["cells"]!.AsArray();
        Assert.Equal("markdown", (string?)cells[0]!["cell_type"]);
        Assert.Equal("x is 42\n", Text(cells[1]!["outputs"]![0]!["text"]));
        var result = cells[2]!["outputs"]![0]!;
        Assert.Equal("execute_result", (string?)result["output_type"]);
        Assert.Equal(2, (int)result["execution_count"]!);
        Assert.Equal("42", Text(result["data"]!["text/plain"]));
    }

    [Fact]
    public void A_compile_error_reports_the_cell_its_first_line_and_the_diagnostic()
    {
        var result = run.Result("compile-error");
        Assert.Equal("failed", (string?)result["status"]);
        var cells = result["cells"]!.AsArray();
        var failed = cells[1]!;
        Assert.Equal((2, "failed"), ((int)failed["cell"]!, (string?)failed["status"]));
        Assert.Equal("int y = \"not an int\";", (string?)failed["firstLine"]);
        var diagnostic = failed["error"]!["diagnostics"]![0]!;
        Assert.Equal(("CS0029", 1, 9), ((string?)diagnostic["code"], (int)diagnostic["line"]!, (int)diagnostic["column"]!));
        Assert.Equal("skipped", (string?)cells[2]!["status"]); // the notebook stopped at the failing cell
        Assert.Contains("cell 2: int y = \"not an int\";", run.Stderr);
        Assert.Contains("error CS0029", run.Stderr);
    }

    [Fact]
    public void A_runtime_error_reports_the_exception()
    {
        var failed = run.Result("runtime-error")["cells"]![1]!;
        Assert.Equal("failed", (string?)failed["status"]);
        Assert.Equal("InvalidOperationException: the data is wrong", (string?)failed["error"]!["message"]);
        var error = run.Outputs("runtime-error").Single(o => (string?)o["output_type"] == "error");
        Assert.Equal("InvalidOperationException", (string?)error["ename"]);
    }

    [Fact]
    public void A_notebook_past_its_timeout_is_killed()
    {
        var result = run.Result("timeout");
        Assert.Equal("timed out", (string?)result["status"]);
        Assert.InRange((double)result["seconds"]!, 19, 40);
    }

    [Fact]
    public void A_deedle_frame_shows_as_a_compact_table()
    {
        var frame = run.Outputs("deedle-frame").Last(o => (string?)o["output_type"] == "execute_result");
        var html = Text(frame["data"]!["text/html"]);
        Assert.Contains("class=\"egov-frame\"", html);
        Assert.Contains("193 rows × 12 columns", html);
        Assert.InRange(html.Length, 500, 20_000);
        Assert.Contains("Afghanistan", Text(frame["data"]!["text/plain"]));
    }

    [Fact]
    public void The_one_page_report_has_every_notebook_plotly_once_and_escapes_text()
    {
        var print = File.ReadAllText(Path.Combine(run.Output, "print.html"));
        foreach (var name in RunnerFixture.Notebooks) Assert.Contains($"href=\"#nb-{name}\"", print);
        Assert.Single(Regex.Matches(print, Regex.Escape("<script src=\"assets/plotly.js\"></script>")));
        Assert.Single(Regex.Matches(File.ReadAllText(Path.Combine(run.Output, "assets", "plotly.js")), Regex.Escape("plotly.js v2.28.0")));
        Assert.DoesNotContain("http://", print, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("https://cdn", print, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&quot;a &lt; b &amp; c&quot;", print); // code is escaped
        Assert.Contains("Cell 2 failed", print);
        Assert.Contains("Cell 2 failed", File.ReadAllText(Path.Combine(run.Output, "compile-error.html")));
    }

    [Fact]
    public void Executed_notebooks_carry_no_plotly_js_and_the_summary_gives_their_sizes()
    {
        // egov run's chart outputs draw from their JSON (report, JupyterLab, VS Code) or static image (classic Notebook,
        // GitHub): no output brings plotly.js (3.7 MB), a chart with an image has no HTML (it would draw nothing without
        // plotly.js), so a notebook with charts stays small; run-summary.json says each one's size.
        foreach (var name in new[] { "plotly-chart", "choropleth" })
        {
            var path = Path.Combine(run.Output, name + ".ipynb");
            Assert.DoesNotContain("plotly.js v2", File.ReadAllText(path));
            var charts = run.Outputs(name).Select(o => o["data"]).OfType<JsonObject>().Where(d => d.ContainsKey("application/vnd.plotly.v1+json")).ToList();
            Assert.NotEmpty(charts);
            foreach (var data in charts)
            {
                if (data.ContainsKey("image/svg+xml") || data.ContainsKey("image/png")) Assert.False(data.ContainsKey("text/html"));
                else Assert.Contains("window.Plotly.newPlot", Text(data["text/html"]));
            }
            Assert.InRange(new FileInfo(path).Length, 1_000, 1_000_000);
            Assert.Equal(new FileInfo(path).Length, (long)run.Result(name)["executedBytes"]!);
        }
        Assert.Null(run.Result("timeout")["executedBytes"]);
    }
}
