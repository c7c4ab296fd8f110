using System.Text.Json.Nodes;
using EGov.Tests.Run;

namespace EGov.Tests.Notebooks;

/// <summary>The committed notebooks follow the collection's conventions (they are executed by `egov run` in CI).</summary>
public sealed class CommittedNotebookTests
{
    private static List<string> Files() =>
        Directory.GetFiles(RepositoryPaths.Notebooks, "*.ipynb").Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal).ToList();

    public static TheoryData<string> Notebooks() => new(Files());

    private static JsonArray Cells(string file) => JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Notebooks, file)))!["cells"]!.AsArray();

    private static string Source(JsonNode? cell) => cell?["source"] switch
    {
        JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
        var v => (string?)v ?? "",
    };

    [Fact]
    public void The_collection_has_the_numbered_notebooks()
    {
        var names = Files();
        Assert.Contains("00-index.ipynb", names);
        Assert.Contains("05-country-profile.ipynb", names);
        Assert.All(names, n => Assert.Matches(@"^\d\d-[a-z0-9-]+\.ipynb$", n));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Notebooks_are_committed_without_outputs(string file)
    {
        foreach (var cell in Cells(file).Where(c => (string?)c!["cell_type"] == "code"))
        {
            Assert.Empty(cell!["outputs"]?.AsArray() ?? []);
            Assert.Null((int?)cell["execution_count"]);
        }
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Notebooks_open_with_a_title_and_what_you_will_learn_and_end_with_navigation(string file)
    {
        var cells = Cells(file);
        var first = Source(cells[0]);
        Assert.StartsWith("# " + file[..2] + " · ", first);
        Assert.Contains("What you will learn", first);
        Assert.Equal("navigation", (string?)cells[^1]!["metadata"]!["tags"]![0]);
        if (file.StartsWith("00", StringComparison.Ordinal)) return;
        Assert.Contains(cells, c => Source(c).StartsWith("## Takeaways", StringComparison.Ordinal));
        Assert.Contains(cells, c => Source(c).StartsWith("## Exercises", StringComparison.Ordinal));
        var code = cells.Where(c => (string?)c!["cell_type"] == "code").Select(Source).ToList();
        var setup = code.Single(c => c.Contains("#r \"../lib/EGov/bin/Release/net10.0/EGov.dll\"", StringComparison.Ordinal));
        Assert.Contains("var survey = Survey.Load();", setup);
        Assert.All(code.Where(c => c != setup), c => Assert.DoesNotContain("#r \"", c)); // one setup cell
    }

    [Fact]
    public void The_index_and_navigation_cells_are_up_to_date()
    {
        var (exit, stdout, stderr) = CliProcess.Run(RepositoryPaths.Root, "notebooks", "nav", "--check");
        Assert.True(exit == 0, "run `egov notebooks nav`: " + stdout + stderr);
        var index = string.Concat(Cells("00-index.ipynb").Select(Source));
        foreach (var file in Files().Where(f => !f.StartsWith("00", StringComparison.Ordinal)))
            Assert.Contains($"({file})", index);
    }

    [Fact]
    public void The_country_profile_takes_its_country_as_a_parameter()
    {
        var parameters = Cells("05-country-profile.ipynb").Single(c => c!["metadata"]?["tags"]?.AsArray().Any(t => (string?)t == "parameters") == true);
        Assert.Equal("string iso3 = \"CHN\";", Source(parameters).Trim());
    }
}
