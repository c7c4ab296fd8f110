using System.Text.RegularExpressions;
using EGov.Cli.Notebooks;
using EGov.Data;

namespace EGov.Tests.Notebooks;

/// <summary>
/// The teaching form of every notebook (issue 20): it opens with a time estimate, prerequisites and a motivating question,
/// closes with review questions before its exercises, each exercise carries a difficulty, and the conclusions the issue
/// found too strong stay fixed in the committed prose.
/// </summary>
public sealed partial class TeachingFormTests
{
    public static TheoryData<string> Notebooks() =>
        new(Directory.GetFiles(RepositoryPaths.Notebooks, "*.ipynb").Select(p => Path.GetFileName(p)!).Order(StringComparer.Ordinal));

    private static IReadOnlyList<NotebookCell> Cells(string file) => NotebookDocument.Load(Path.Combine(RepositoryPaths.Notebooks, file)).Cells;

    private static string Markdown(string file) => string.Join("\n\n", Cells(file).Where(c => c.Kind == CellKind.Markdown).Select(c => c.Source));

    private static string Cell(string file, string heading) => Cells(file).Select(c => c.Source).Single(s => s.StartsWith(heading, StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Opens_with_time_prerequisites_and_a_question(string file)
    {
        var first = Cells(file)[0].Source;
        Assert.Matches(@"\*\*Time:\*\* about \d+ minutes", first);
        Assert.Contains("**Prerequisites:**", first);
        Assert.Matches(@"\*\*The question:\*\*\s+\*[^*]+\?\*", first);
        Assert.True(first.IndexOf("**Time:**", StringComparison.Ordinal) < first.IndexOf("you will learn", StringComparison.OrdinalIgnoreCase),
            $"{file}: the time, prerequisites and question come before what you will learn (whose bullets the index table lists)");
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Closes_with_review_questions_and_exercises_with_a_difficulty(string file)
    {
        if (file.StartsWith("00", StringComparison.Ordinal)) return;
        var cells = Cells(file).Select(c => c.Source).ToList();
        var review = cells.FindIndex(s => s.StartsWith("## Review questions", StringComparison.Ordinal));
        var exercises = cells.FindIndex(s => s.StartsWith("## Exercises", StringComparison.Ordinal));
        var takeaways = cells.FindIndex(s => s.StartsWith("## Takeaways", StringComparison.Ordinal));
        Assert.True(takeaways < review && review < exercises, $"{file}: takeaways, then review questions, then exercises");
        Assert.True(Item().Matches(cells[review]).Count >= 3, $"{file}: at least three review questions");
        Assert.All(Item().Matches(cells[review]), m => Assert.EndsWith("?", m.Value.TrimEnd()));
        var items = Item().Matches(cells[exercises]);
        Assert.All(items, m => Assert.Matches(@"^\d+\. \*\((easy|medium|hard|interpretation)\)\*", m.Value));
        Assert.Contains(items, m => m.Value.Contains("*(interpretation)*", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Every_solution_answers_in_words(string file)
    {
        foreach (var solution in Cells(file).Where(c => c.HasTag("solution")))
            Assert.True(solution.Source.Contains("Console.WriteLine", StringComparison.Ordinal) || solution.Source.Contains("// Only", StringComparison.Ordinal),
                $"{file}: {solution.Source.Split('\n')[0]} shows a result without answering in words");
    }

    [Fact]
    public void The_index_says_what_is_rescaled_in_which_editions()
    {
        var index = Markdown("00-index.ipynb");
        Assert.DoesNotContain("Each component is standardised and rescaled to 0-1 among the countries of one", index, StringComparison.Ordinal);
        Assert.Contains("Before 2012 the components were not rescaled that way", index, StringComparison.Ordinal);
        Assert.Contains("## Further reading", index, StringComparison.Ordinal);
        foreach (var author in new[] { "Barro and X. Sala-i-Martin", "M. Friedman (1992)", "D. Quah (1993)", "A. F. Shorrocks (1980)", "E. J. G. Pitman (1939)", "W. A. Morgan (1939)", "Survey methodology" })
            Assert.Contains(author, index, StringComparison.Ordinal);
    }

    [Fact]
    public void Conclusions_are_no_stronger_than_their_tests()
    {
        var regions = Cell("03-regional-disparities.ipynb", "## Takeaways");
        Assert.DoesNotContain("most of the world's inequality in e-government lies between groups", regions, StringComparison.Ordinal);
        Assert.Contains("raise the between share mechanically", regions, StringComparison.Ordinal);
        var trends = Cell("04-trends-and-convergence.ipynb", "## Takeaways");
        Assert.Contains("from 2008 to 2024 the spread of ln EGDI did not change significantly", trends, StringComparison.Ordinal);
        Assert.Contains("regression to the mean", trends, StringComparison.Ordinal);
        Assert.Contains("ceiling", trends, StringComparison.Ordinal);
        Assert.DoesNotContain("ranks within an edition do not", Markdown("04-trends-and-convergence.ipynb"), StringComparison.Ordinal);
        var china = Cell("02-china-2020-findings.ipynb", "## Takeaways");
        Assert.Contains("C8 (\"development rose across the world\") is reproduced only as a comparison of levels", china, StringComparison.Ordinal);
        Assert.Contains("matches the world-wide TII shift", china, StringComparison.Ordinal);
        Assert.DoesNotContain("C10 (66% offering online services) come from the survey's", china, StringComparison.Ordinal);
        var epi = Cell("09-e-participation.ipynb", "## Takeaways");
        Assert.DoesNotContain("EPI rose from", epi, StringComparison.Ordinal);
        Assert.DoesNotContain("the 193 countries", Markdown("04-trends-and-convergence.ipynb").Split("## Sigma convergence")[1].Split("## Beta")[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Getting_started_asks_a_question_with_one_chart_and_no_long_table()
    {
        var cells = Cells("01-getting-started.ipynb");
        var code = cells.Where(c => c.Kind == CellKind.Code && !c.HasTag("setup") && !c.HasTag("solution")).Select(c => c.Source.Trim()).ToList();
        Assert.Single(code, c => c.Contains("SurveyCharts.", StringComparison.Ordinal));
        Assert.DoesNotContain("survey.Panel", code); // the whole 2,316-row panel is never displayed
        Assert.Contains("Which countries lead and which lag", cells[0].Source, StringComparison.Ordinal);
    }

    [Fact]
    public void The_bad_input_of_notebook_07_reports_problems_of_the_broken_rows_only()
    {
        // The file notebook 07 builds: the excerpt without its placeholder rows, then two broken rows.
        var excerpt = File.ReadAllLines(Path.Combine(RepositoryPaths.Notebooks, "data", "EGOV_DATA_2003-excerpt.csv"));
        var clean = excerpt.Where((line, i) => i == 0 || line.Split(',')[3] != "0.00000").ToList();
        var path = Path.Combine(Directory.CreateTempSubdirectory("egov-07-").FullName, "EGOV_DATA_2003_bad.csv");
        try
        {
            File.WriteAllLines(path, clean.Append("2003,\"Chnia \",74,0.41,0.1,0.2,0.3,0.4").Append("2003,\"Freedonia\",-3,1.7,0.x,0.2,0.3,0.4"));
            var problems = ProseFacts.ImportProblems(path);
            Assert.Equal(4, problems.Count); // a misspelt country, an impossible rank, an EGDI above 1, a value that is not a number
            Assert.All(problems, p => Assert.Contains(p.Line, new[] { clean.Count + 1, clean.Count + 2 }));
            // With the broken rows gone, the next stage refuses the part of an edition by the edition-wide rules only.
            var edition = ProseFacts.ImportProblems(WriteLines(path, clean));
            Assert.NotEmpty(edition);
            Assert.True(edition.All(p => p.Rule is ValidationRule.WrongRowCount or ValidationRule.RankOutOfRange or ValidationRule.RankNotInEgdiOrder), string.Join("\n", edition.Select(p => p.ToString())));
        }
        finally { Directory.Delete(Path.GetDirectoryName(path)!, recursive: true); }
    }

    private static string WriteLines(string path, IEnumerable<string> lines)
    {
        var other = Path.Combine(Path.GetDirectoryName(path)!, "EGOV_DATA_2003_clean.csv");
        File.WriteAllLines(other, lines);
        return other;
    }

    [GeneratedRegex(@"^\d+\. .*(?:\n   .*)*", RegexOptions.Multiline)]
    private static partial Regex Item();
}
