using System.Text.RegularExpressions;
using EGov.Cli.Notebooks;

namespace EGov.Tests.Notebooks;

/// <summary>
/// The notebooks' prose against the data: every number quoted in Markdown is checked by a <see cref="ProseFact"/>
/// (<see cref="ProseFacts"/>), takeaways state results, and every exercise has a worked solution in a cell tagged
/// <c>solution</c>.
/// </summary>
public sealed partial class ProseNumberTests
{
    private static readonly IReadOnlySet<int> Editions = Survey.Load().Editions.ToHashSet();

    public static TheoryData<string> Notebooks() =>
        new(Directory.GetFiles(RepositoryPaths.Notebooks, "*.ipynb").Select(p => Path.GetFileName(p)!).Order(StringComparer.Ordinal));

    /// <summary>The committed notebook, read by the CLI's one notebook model.</summary>
    private static IReadOnlyList<NotebookCell> Cells(string file) => NotebookDocument.Load(Path.Combine(RepositoryPaths.Notebooks, file)).Cells;

    private static string Prose(string file) => string.Join("\n\n", Cells(file)
        .Where(c => c.Kind == CellKind.Markdown && !c.HasTag(NotebookTags.Navigation) && !c.HasTag(NotebookTags.IndexTable))
        .Select(c => c.Source));

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Every_number_in_the_prose_is_checked_against_the_data(string file)
    {
        var problems = ProseNumbers.Problems(Prose(file), ProseFacts.For(file), Editions);
        Assert.True(problems.Count == 0, $"{file}:\n" + string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Every_exercise_has_a_solution_cell_right_after_the_exercises(string file)
    {
        var cells = Cells(file);
        var at = cells.ToList().FindIndex(c => c.Source.StartsWith("## Exercises", StringComparison.Ordinal));
        if (file.StartsWith("00", StringComparison.Ordinal)) { Assert.Equal(-1, at); return; }
        Assert.True(at >= 0, $"{file} has no exercises");
        var count = ExerciseItem().Matches(cells[at].Source).Count;
        Assert.True(count > 0, $"{file}: the exercises cell lists no numbered exercise");
        var solutions = cells.Skip(at + 1).TakeWhile(c => c.HasTag("solution")).ToList();
        Assert.Equal(Enumerable.Range(1, count).Select(n => $"// Solution {n}"), solutions.Select(c => c.Source.Split('\n')[0]));
        Assert.All(solutions, c => Assert.Equal(CellKind.Code, c.Kind));
        Assert.True(cells[at + 1 + solutions.Count].HasTag(NotebookTags.Navigation), $"{file}: the solutions are followed by the navigation cell");
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Takeaways_state_results_not_what_to_look_at(string file)
    {
        if (file.StartsWith("00", StringComparison.Ordinal)) return;
        var takeaways = Cells(file).Select(c => c.Source).Single(s => s.StartsWith("## Takeaways", StringComparison.Ordinal));
        var bullets = takeaways.Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal)).ToList();
        foreach (var bullet in bullets)
            Assert.False(Instruction().IsMatch(bullet), $"{file}: a takeaway tells what to look at instead of stating a result: {bullet}");
        // A takeaway either states a checked number or, in a parameterised notebook, is printed by the cell after it.
        Assert.True(Regex.IsMatch(ProseNumbers.Mask(takeaways), @"\d") || file.StartsWith("05", StringComparison.Ordinal) || file.StartsWith("06", StringComparison.Ordinal),
            $"{file}: the takeaways quote no result");
    }

    [Fact]
    public void An_unchecked_number_a_stale_value_and_a_missing_phrase_are_reported()
    {
        var editions = new HashSet<int> { 2020 };
        var markdown = "Africa's best, South Africa (0.8616), leads 6 countries in 2020 and 1999.\n1. An exercise on `Ranking(2024)` and [03 · x](03-x.ipynb), notebook 07.";
        var problems = ProseNumbers.Problems(markdown, [new ProseFact("South Africa ({0.8616})", () => ["0.8617"]), new ProseFact("absent {1}", () => ["1"])], editions);
        Assert.Contains(problems, p => p.Contains("the prose says 0.8616, the data gives 0.8617", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("phrase not in the prose: \"absent 1\"", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("number 6 ", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("number 1999 ", StringComparison.Ordinal));
        Assert.Equal(4, problems.Count); // 2020 is an edition; the list marker, code span, link and notebook number are not prose numbers
    }

    [Fact]
    public void Phrases_match_across_line_breaks_and_thousands_separators_are_one_number()
    {
        var problems = ProseNumbers.Problems("a panel of\n  2,316 rows", [new ProseFact("a panel of {2,316} rows", () => ["2,316"])], new HashSet<int>());
        Assert.Empty(problems);
    }

    [GeneratedRegex(@"^\d+\. ", RegexOptions.Multiline)]
    private static partial Regex ExerciseItem();

    [GeneratedRegex(@"\b(look at|compare (its|the|their)|read (it|them|the)|shows? (whether|how)|tells? how|see how)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Instruction();
}
