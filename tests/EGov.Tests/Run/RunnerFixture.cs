using System.Text.Json.Nodes;

namespace EGov.Tests.Run;

/// <summary>One real `egov run` over every fixture notebook, shared by the runner tests (it takes about half a minute).</summary>
public sealed class RunnerFixture : IDisposable
{
    public static readonly string[] Notebooks =
        ["passing", "compile-error", "runtime-error", "timeout", "deedle-frame", "plotly-chart", "choropleth"];

    public RunnerFixture()
    {
        Output = Directory.CreateTempSubdirectory("egov-run-").FullName;
        (Exit, Stdout, Stderr) = CliProcess.Run(CliProcess.Fixtures,
            ["run", .. Notebooks.Select(n => n + ".ipynb"), "--out", Output, "--timeout", "20", "--parallel", "2"]);
        Summary = JsonNode.Parse(File.ReadAllText(Path.Combine(Output, "run-summary.json")))!;
        Report = File.ReadAllText(Path.Combine(Output, "index.html"));
    }

    public string Output { get; }
    public int Exit { get; }
    public string Stdout { get; }
    public string Stderr { get; }
    public JsonNode Summary { get; }
    public string Report { get; }

    public JsonNode Result(string notebook) =>
        Summary["notebooks"]!.AsArray().Single(n => Path.GetFileNameWithoutExtension((string)n!["notebook"]!) == notebook)!;

    public JsonNode Executed(string notebook) => JsonNode.Parse(File.ReadAllText(Path.Combine(Output, notebook + ".ipynb")))!;

    public IEnumerable<JsonNode> Outputs(string notebook) =>
        Executed(notebook)["cells"]!.AsArray().SelectMany(c => c!["outputs"]?.AsArray() ?? []).OfType<JsonNode>();

    public void Dispose() => Directory.Delete(Output, recursive: true);
}

[CollectionDefinition("runner")]
public sealed class RunnerCollection : ICollectionFixture<RunnerFixture>;
