using EGov.Cli.Notebooks;
using EGov.Tests.Run;

namespace EGov.Tests.Notebooks;

/// <summary>The committed notebooks follow the collection's conventions (they are executed by `egov run` in CI).</summary>
public sealed class CommittedNotebookTests
{
    private static List<string> Files() =>
        Directory.GetFiles(RepositoryPaths.Notebooks, "*.ipynb").Select(p => Path.GetFileName(p)).Order(StringComparer.Ordinal).ToList();

    public static TheoryData<string> Notebooks() => new(Files());

    /// <summary>The committed notebook, read by the CLI's one notebook model.</summary>
    private static IReadOnlyList<NotebookCell> Cells(string file) => NotebookDocument.Load(Path.Combine(RepositoryPaths.Notebooks, file)).Cells;

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
        foreach (var cell in Cells(file).Where(c => c.Kind == CellKind.Code))
        {
            Assert.Empty(cell.Outputs);
            Assert.Null(cell.ExecutionCount);
        }
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Notebooks_open_with_a_title_and_what_you_will_learn_and_end_with_navigation(string file)
    {
        var cells = Cells(file);
        var first = cells[0].Source;
        Assert.StartsWith("# " + file[..2] + " · ", first);
        Assert.Contains("What you will learn", first);
        Assert.True(cells[^1].HasTag(NotebookTags.Navigation), $"{file} does not end with its navigation cell");
        if (file.StartsWith("00", StringComparison.Ordinal)) return;
        Assert.Contains(cells, c => c.Source.StartsWith("## Takeaways", StringComparison.Ordinal));
        Assert.Contains(cells, c => c.Source.StartsWith("## Exercises", StringComparison.Ordinal));
        var code = cells.Where(c => c.Kind == CellKind.Code).ToList();
        var setup = code.Where(c => c.HasTag(NotebookTags.Setup)).Select(c => c.Source).ToList();
        Assert.Equal(2, setup.Count); // the library check, then packages + library + formatters
        Assert.Contains("#r \"../lib/EGov/bin/notebook/EGov.dll\"", setup[1]);
        Assert.Contains("var survey = Survey.Load();", setup[1]);
        Assert.All(code.Select(c => c.Source).Where(c => !setup.Contains(c)), c => Assert.DoesNotContain("#r \"", c)); // packages only in the set-up
        Assert.DoesNotContain(code.Select(c => c.Source), c => c.Contains("bin/Release", StringComparison.Ordinal) || c.Contains("bin/Debug", StringComparison.Ordinal));
    }

    [Fact]
    public void The_index_and_navigation_cells_are_up_to_date()
    {
        var (exit, stdout, stderr) = CliProcess.Run(RepositoryPaths.Root, "notebooks", "nav", "--check");
        Assert.True(exit == 0, "run `egov notebooks nav`: " + stdout + stderr);
        var index = string.Concat(Cells("00-index.ipynb").Select(c => c.Source));
        foreach (var file in Files().Where(f => !f.StartsWith("00", StringComparison.Ordinal)))
            Assert.Contains($"({file})", index);
    }

    [Fact]
    public void The_setup_cells_are_in_sync_with_the_template()
    {
        var (exit, stdout, stderr) = CliProcess.Run(RepositoryPaths.Root, "notebooks", "sync", "--check");
        Assert.True(exit == 0, "run `egov notebooks sync`: " + stdout + stderr);
    }

    [Fact]
    public void A_hand_edited_setup_cell_fails_the_sync_check()
    {
        var folder = Directory.CreateTempSubdirectory("egov-sync-").FullName;
        try
        {
            var notebooks = Path.Combine(folder, "notebooks");
            Directory.CreateDirectory(notebooks);
            File.Copy(Path.Combine(RepositoryPaths.Root, "Directory.Packages.props"), Path.Combine(folder, "Directory.Packages.props"));
            File.Copy(Path.Combine(RepositoryPaths.Notebooks, "setup-template.csx"), Path.Combine(notebooks, "setup-template.csx"));
            var copy = Path.Combine(notebooks, "02-china-2020-findings.ipynb");
            File.WriteAllText(copy, File.ReadAllText(Path.Combine(RepositoryPaths.Notebooks, "02-china-2020-findings.ipynb"))
                .Replace("var survey = Survey.Load();", "var survey = Survey.Load(); // edited by hand", StringComparison.Ordinal));
            var (exit, _, stderr) = CliProcess.Run(folder, "notebooks", "sync", "--check");
            Assert.Equal(1, exit);
            Assert.Contains("out of date: " + copy, stderr);
            var (fixedExit, _, _) = CliProcess.Run(folder, "notebooks", "sync");
            Assert.Equal(0, fixedExit);
            Assert.Equal(0, CliProcess.Run(folder, "notebooks", "sync", "--check").Exit);
            Assert.DoesNotContain("edited by hand", File.ReadAllText(copy));
        }
        finally { Directory.Delete(folder, recursive: true); }
    }

    [Fact]
    public void The_country_profile_takes_its_country_as_a_parameter()
    {
        var parameters = Cells("05-country-profile.ipynb").Single(c => c.HasTag(NotebookTags.Parameters));
        Assert.Equal("string iso3 = \"CHN\";", parameters.Source.Trim());
    }
}
