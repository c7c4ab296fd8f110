using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EGov.Cli.Notebooks;
using EGov.Tests.Notebooks;
using EGov.Tests.Run;

namespace EGov.Tests.Kernel;

/// <summary>
/// <c>egov run</c> and <c>egov kernel serve</c> share one execution core (lib/EGov.Cli/Hosting): the same notebook gives
/// the same outputs through both. Each notebook runs through <c>egov run</c> (static images off: they are added after
/// execution, not by the core) and, cell by cell, through a real kernel process driven by the tests' Jupyter client
/// (<see cref="KernelNotebook"/>); every output is compared: type, stream name and text, execution count, every MIME value,
/// error name, value and traceback. Ignored, because they differ by design and are not produced by the core: the process id
/// in a chart's HTML element id (<c>egov-chart-PID-N</c>, unique per process so that charts of several notebooks can
/// share a page), plotly.js at the start of the HTML of a kernel session's first chart (egov run's notebooks carry none,
/// NotebookDisplay.PlotlyJsVariable) and the messages' header dates (execution timing, which nbformat does not save). nbformat's two
/// spellings of one text (a string, or a list of lines) are one text.
/// </summary>
public sealed partial class OutputParityTests : IDisposable
{
    private static readonly TimeSpan PerCell = TimeSpan.FromMinutes(3);
    private readonly string folder = Directory.CreateTempSubdirectory("egov-parity-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task Every_notebook_gives_the_same_outputs_through_egov_run_and_the_kernel()
    {
        var notebooks = Directory.GetFiles(RepositoryPaths.Notebooks, "*.ipynb").Where(p => NumberedName().IsMatch(Path.GetFileName(p))).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(notebooks);
        var clock = Stopwatch.StartNew();
        // egov run (one notebook process) and the kernels (one after another) side by side, one core each.
        var run = Task.Run(() => RunAll(RepositoryPaths.Root, notebooks, "--parallel", "1"));
        var kernel = notebooks.ToDictionary(p => p, p => ThroughKernel(p));
        var executed = await run;
        var problems = notebooks.SelectMany(p => Differences(Path.GetFileName(p), executed[p], kernel[p])).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
        Assert.True(kernel.Values.Sum(c => c.Count(o => o is not null)) > 0);
        Console.WriteLine($"parity of {notebooks.Count} notebooks: {clock.Elapsed.TotalSeconds:F0} s");
    }

    [Fact]
    public async Task Display_updates_clear_output_and_scalars_are_the_same_through_both_and_as_jupyter_shows_them()
    {
        var notebook = Path.Combine(CliProcess.Fixtures, "display-updates.ipynb");
        var run = Task.Run(() => RunAll(CliProcess.Fixtures, [notebook]));
        var kernel = ThroughKernel(notebook);
        var executed = (await run)[notebook];
        Assert.Empty(Differences("display-updates.ipynb", executed, kernel));

        var cells = executed.Select(c => c!.Select(o => o!).ToList()).ToList();
        // display("first") updated to "second" in its cell, then to "third" by a later cell: one output, changed in place.
        Assert.Equal(["third"], cells[1].Select(o => Text(o["data"]!["text/plain"])));
        Assert.Equal("display_data", (string?)cells[1][0]["output_type"]);
        // ClearOutput(wait: true) between two lines: only the second is left; ClearOutput() after a display: nothing.
        Assert.Equal(["progress 2\n"], cells[2].Select(o => Text(o["text"])));
        Assert.Empty(cells[3]);
        // x.Display() returns a value whose Update changes it too.
        Assert.Equal(["43"], cells[4].Select(o => Text(o["data"]!["text/plain"])));
        // Scalars and strings: text only, no style sheet; a frame keeps its table.
        foreach (var (cell, text) in new[] { (5, "5"), (6, "a string") })
        {
            var data = cells[cell].Single()["data"]!.AsObject();
            Assert.Equal(["text/plain"], data.Select(kv => kv.Key));
            Assert.Equal(text, Text(data["text/plain"]));
        }
        Assert.Contains("class=\"egov-frame\"", Text(cells[7].Single()["data"]!["text/html"]));
        Assert.DoesNotContain("<style", Text(cells[7].Single()["data"]!["text/html"]));
        // display(x) as a cell's last expression shows x once, not the DisplayedValue object as well.
        Assert.Equal(["display_data"], cells[8].Select(o => (string?)o["output_type"]));
        Assert.Equal("7", Text(cells[8][0]["data"]!["text/plain"]));
    }

    [Fact]
    public void The_kernel_sends_update_display_data_with_the_id_of_the_display_it_updates_and_clear_output()
    {
        using var kernel = new KernelProcess(folder);
        using var client = new JupyterTestClient(kernel);
        client.WaitForReady(PerCell);

        var first = client.Send("shell", "execute_request", JupyterTestClient.Execute("var d = display(\"first\");\nd.Update(\"second\");"));
        var shown = client.IopubUntilIdle(first, PerCell);
        var later = client.Send("shell", "execute_request", JupyterTestClient.Execute("d.Update(\"third\");\nClearOutput(wait: true);"));
        var updated = client.IopubUntilIdle(later, PerCell);

        var display = shown.Single(m => m.Type == "display_data");
        var id = (string?)display.Content["transient"]?["display_id"];
        Assert.False(string.IsNullOrEmpty(id));
        var updates = shown.Concat(updated).Where(m => m.Type == "update_display_data").ToList();
        Assert.Equal(["second", "third"], updates.Select(m => (string?)m.Content["data"]?["text/plain"]));
        Assert.All(updates, m => Assert.Equal(id, (string?)m.Content["transient"]?["display_id"]));
        var clear = updated.Single(m => m.Type == "clear_output");
        Assert.True((bool?)clear.Content["wait"]);
    }

    [Fact]
    public void Egov_run_fails_a_cell_that_asks_for_input_with_a_clear_message()
    {
        var notebook = Path.Combine(folder, "asks.ipynb");
        File.WriteAllText(notebook, new JsonObject
        {
            ["nbformat"] = 4, ["nbformat_minor"] = 5, ["metadata"] = new JsonObject(),
            ["cells"] = new JsonArray(new JsonObject
            {
                ["cell_type"] = "code", ["metadata"] = new JsonObject(), ["outputs"] = new JsonArray(), ["execution_count"] = null,
                ["source"] = "var name = Console.ReadLine();",
            }),
        }.ToJsonString());
        var output = Path.Combine(folder, "out");

        var (exit, _, stderr) = CliProcess.RunWithEnvironment(NoImages, folder, "run", "asks.ipynb", "--out", output);

        Assert.Equal(1, exit);
        Assert.Contains("this notebook asks for input", stderr);
        var error = JsonNode.Parse(File.ReadAllText(Path.Combine(output, "asks.ipynb")))!["cells"]![0]!["outputs"]!.AsArray().Single()!;
        Assert.Equal("CellInputUnavailableException", (string?)error["ename"]);
        Assert.Contains("egov run --param", (string?)error["evalue"]);
    }

    private static readonly Dictionary<string, string?> NoImages = new() { ["EGOV_CHROMIUM"] = "/nonexistent/chromium" };

    /// <summary>The code cells' outputs of each notebook after one <c>egov run</c> of them all.</summary>
    private Dictionary<string, List<JsonArray?>> RunAll(string workingDirectory, IReadOnlyList<string> notebooks, params string[] options)
    {
        var output = Path.Combine(folder, "run-" + Guid.NewGuid().ToString("N"));
        var (exit, stdout, stderr) = CliProcess.RunWithEnvironment(NoImages, workingDirectory, ["run", .. notebooks, "--out", output, "--timeout", "300", .. options]);
        Assert.True(exit == 0, $"egov run exited {exit}\n{stdout}\n{stderr}");
        return notebooks.ToDictionary(p => p, p =>
        {
            var cells = JsonNode.Parse(File.ReadAllText(Path.Combine(output, Path.GetFileName(p))))!["cells"]!.AsArray();
            return cells.Where(c => (string?)c!["cell_type"] == "code").Select(c => (JsonArray?)c!["outputs"]!.AsArray()).ToList();
        });
    }

    /// <summary>The code cells' outputs of a notebook executed in a new kernel process started in the notebook's folder.</summary>
    private List<JsonArray?> ThroughKernel(string notebook)
    {
        var json = JsonNode.Parse(File.ReadAllText(notebook))!;
        if (!json["cells"]!.AsArray().Any(c => (string?)c!["cell_type"] == "code")) return []; // prose only: no kernel needed
        using var kernel = new KernelProcess(folder, workingDirectory: Path.GetDirectoryName(notebook));
        using var client = new JupyterTestClient(kernel);
        client.WaitForReady(PerCell);
        return KernelNotebook.Execute(client, json, PerCell);
    }

    private static IEnumerable<string> Differences(string name, List<JsonArray?> run, List<JsonArray?> kernel)
    {
        if (run.Count != kernel.Count) { yield return $"{name}: {run.Count} code cells vs {kernel.Count}"; yield break; }
        for (var i = 0; i < run.Count; i++)
        {
            var a = Canonical(run[i]);
            var b = Canonical(kernel[i]);
            if (a.Count != b.Count) yield return $"{name} cell {i + 1}: {a.Count} outputs through egov run, {b.Count} through the kernel: [{string.Join(", ", a.Select(Short))}] vs [{string.Join(", ", b.Select(Short))}]";
            else
                for (var j = 0; j < a.Count; j++)
                    if (a[j] != b[j]) yield return $"{name} cell {i + 1} output {j + 1} differs:\n  egov run: {Short(a[j])}\n  kernel:   {Short(b[j])}";
        }
    }

    private static string Short(string text) => text.Length <= 300 ? text : text[..300] + "…";

    /// <summary>Every output as one comparable text (see the class summary for what is normalised).</summary>
    private static List<string> Canonical(JsonArray? outputs) =>
        outputs is null ? [] : [.. outputs.Select(o => o!.AsObject()).Select(o =>
        {
            var type = (string?)o["output_type"];
            var parts = new List<string> { $"{type}" };
            switch (type)
            {
                case "stream": parts.Add($"{(string?)o["name"]}: {Text(o["text"])}"); break;
                case "error": parts.AddRange([(string?)o["ename"] ?? "", (string?)o["evalue"] ?? "", string.Join("\n", o["traceback"]!.AsArray().Select(l => (string?)l))]); break;
                default:
                    parts.Add($"count {o["execution_count"]?.ToJsonString()} metadata {o["metadata"]?.ToJsonString()}");
                    foreach (var (mime, value) in o["data"]!.AsObject().OrderBy(kv => kv.Key, StringComparer.Ordinal))
                        parts.Add($"{mime}: " + (EGov.Cli.Hosting.MimeData.IsJson(mime) && value is not JsonValue ? value!.ToJsonString() : ChartId().Replace(PlotlyJsScript().Replace(Text(value), ""), "egov-chart-PID-$1")));
                    break;
            }
            return string.Join(" | ", parts);
        })];

    private static string Text(JsonNode? node) => NotebookText.Of(node);

    [GeneratedRegex(@"^\d\d-.*\.ipynb$")]
    private static partial Regex NumberedName();

    [GeneratedRegex(@"egov-chart-\d+-(\d+)")]
    private static partial Regex ChartId();

    /// <summary>plotly.js and the map geometry, which a kernel session's first chart brings along and egov run's do not.</summary>
    [GeneratedRegex(@"^<script type=""text/javascript"">if \(typeof window\.Plotly === 'undefined'\).*?</script>\n", RegexOptions.Singleline)]
    private static partial Regex PlotlyJsScript();
}
