using System.Reflection;
using Deedle;
using EGov.Analysis;
using EGov.Data;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace EGov.Tests.Analysis;

/// <summary>The conventions of the public API (docs/architecture.md, "What is public, and why"), checked on the real data.</summary>
public class PublicApiTests
{
    private static readonly Survey Survey = Survey.Load();

    [Fact]
    public void CountriesIn_gives_the_countries_of_a_region_or_a_sub_region()
    {
        // data/countries.csv: 54 rows with region "Africa", 10 with sub_region "Northern Europe".
        Assert.Equal(54, Survey.CountriesIn("Africa").Count);
        var north = Survey.CountriesIn("Northern Europe");
        Assert.Equal(10, north.Count);
        Assert.Contains(north, c => c.Iso3 == "DNK");
        Assert.Equal(north.Select(c => c.Iso3).Order(StringComparer.Ordinal), north.Select(c => c.Iso3));
    }

    [Fact]
    public void CountriesIn_an_unknown_region_names_the_known_ones()
    {
        var error = Assert.Throws<ArgumentException>(() => Survey.CountriesIn("Atlantis"));
        Assert.Contains("'Atlantis'", error.Message);
        Assert.Contains("Africa", error.Message);
        Assert.Contains("Northern Europe", error.Message);
    }

    [Fact]
    public void RanksOf_a_region_keeps_the_ranking_order()
    {
        var ranking = Survey.Ranking(SurveyIndex.Egdi, 2024);
        var africa = ranking.RanksOf(Survey.CountriesIn("Africa"));
        Assert.Equal(54, africa.Count); // every African member state was assessed in 2024 (data/egdi.csv)
        Assert.Equal(ranking.Ranks.Where(r => Survey.Country(r.Iso3).Region == "Africa"), africa);
        Assert.Equal(africa.OrderBy(r => r.CompetitionRank), africa);
    }

    [Fact]
    public void Table_Of_makes_one_row_or_many()
    {
        var one = Table.Of(new { Countries = 193, Source = "UN" });
        Assert.Equal(1, one.RowCount);
        Assert.Equal(["Countries", "Source"], one.ColumnKeys);
        Assert.Equal(193, one.GetColumn<int>("Countries")[0]);

        var many = Table.Of(Survey.Editions.Select(e => new { Edition = e }));
        Assert.Equal(Survey.Editions.Count, many.RowCount);
        Assert.Equal(Survey.Editions, many.GetColumn<int>("Edition").Values);
    }

    public static IEnumerable<object[]> ResultFrames()
    {
        static object[] Case(string name, Type type, Func<IEnumerable<string>> columns) => [name, type, columns];
        yield return Case("ranking", typeof(RankingTable), () => Survey.Ranking(SurveyIndex.Egdi, 2024).ToFrame().ColumnKeys);
        yield return Case("rank changes", typeof(RankChangeTable), () => Survey.RankChanges(SurveyIndex.Egdi, 2018, 2020).ToFrame().ColumnKeys);
        yield return Case("disparities", typeof(DisparityTable), () => Survey.Disparities(SurveyIndex.Egdi, 2024, Grouping.Region).ToFrame().ColumnKeys);
        yield return Case("theil frame", typeof(DisparityTable), () => DisparityTable.TheilFrame([Survey.Disparities(SurveyIndex.Egdi, 2024, Grouping.Region)]).ColumnKeys);
        yield return Case("theil", typeof(TheilDecomposition), () => Survey.Disparities(SurveyIndex.Egdi, 2024, Grouping.Region).Theil.ToFrame().ColumnKeys);
        yield return Case("egdi change", typeof(EgdiChangeDecomposition), () => Survey.EgdiChange("CHN", 2018, 2020).ToFrame().ColumnKeys);
        yield return Case("egdi changes", typeof(EgdiChangeDecomposition), () => Survey.EgdiChanges(2018, 2020).Countries.ToFrame().ColumnKeys);
        yield return Case("profile", typeof(CountryProfile), () => Survey.Profile("CHN").ToFrame().ColumnKeys);
        yield return Case("peers", typeof(SubRegionPeers), () => Survey.NearestPeers("CHN").ToFrame().ColumnKeys);
        yield return Case("comparison", typeof(CountryComparison), () => Survey.Compare("CHN", "IND").ToFrame().ColumnKeys);
        yield return Case("beta influence", typeof(BetaInfluence), () => Survey.BetaInfluence(SurveyIndex.Egdi, 2014, 2024).ToFrame().ColumnKeys);
        yield return Case("beta", typeof(BetaConvergence), () => new[] { Survey.BetaConvergence(SurveyIndex.Egdi, 2014, 2024) }.ToFrame().ColumnKeys);
        yield return Case("beta points", typeof(BetaPoint), () => Survey.BetaPoints(SurveyIndex.Egdi, 2014, 2024).ToFrame().ColumnKeys);
        yield return Case("sigma", typeof(SigmaPoint), () => Survey.SigmaConvergence(SurveyIndex.Egdi).ToFrame().ColumnKeys);
        yield return Case("sigma test", typeof(SigmaConvergenceTest), () => new[] { Survey.SigmaConvergenceTest(SurveyIndex.Egdi, 2014, 2024) }.ToFrame().ColumnKeys);
        yield return Case("rank checks", typeof(PublishedRankCheck), () => Survey.CheckPublishedEgdiRanks().ToFrame().ColumnKeys);
        yield return Case("findings", typeof(ClaimResult), () => Survey.EvaluateFindings().ToFrame().ColumnKeys);
        yield return Case("editions", typeof(EditionSummary), () => Survey.EditionSummaries().ToFrame().ColumnKeys);
        yield return Case("quality flags", typeof(QualityFlag), () => Survey.QualityFlagsFrame.ColumnKeys);
        yield return Case("level shares", typeof(LevelShare), () => Survey.LevelShares(SurveyIndex.Egdi, Grouping.Region, [2024]).ToFrame().ColumnKeys);
    }

    [Theory]
    [MemberData(nameof(ResultFrames))]
    public void Every_column_of_a_result_frame_has_a_constant(string name, Type result, Func<IEnumerable<string>> columns)
    {
        var constants = Constants(result.GetNestedType("Columns") ?? throw new InvalidOperationException($"{result.Name} has no Columns class"))
            .Concat(Constants(typeof(SurveyColumns)))
            .Concat(Enum.GetValues<LevelGroup>().SelectMany(l => new[] { LevelShare.Columns.CountOf(l), LevelShare.Columns.ShareOf(l) }))
            .ToHashSet(StringComparer.Ordinal);
        var missing = columns().Where(c => !constants.Contains(c)).ToList();
        Assert.True(missing.Count == 0, $"{name}: columns without a constant in {result.Name}.Columns: {string.Join(", ", missing)}");
    }

    [Fact]
    public async Task Readme_examples_compile_and_run_against_the_public_api_alone()
    {
        // A script is its own assembly, which EGov's InternalsVisibleTo does not name: only the public API compiles in it.
        // Every ```csharp block of README.md compiles (notebook directives such as #r dropped); the first one also runs.
        var blocks = CSharpBlocks(File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")));
        Assert.NotEmpty(blocks);
        var options = ScriptOptions.Default.AddReferences(typeof(Survey).Assembly, typeof(Frame).Assembly,
            typeof(Microsoft.FSharp.Core.FSharpOption<>).Assembly);
        foreach (var (line, code) in blocks)
        {
            // A block is a notebook's cells, split at blank lines: each cell continues the state of the one before.
            Script? script = null;
            var errors = new List<Microsoft.CodeAnalysis.Diagnostic>();
            foreach (var cell in code.Split("\n\n").Where(c => c.Trim().Length > 0))
            {
                script = script is null ? CSharpScript.Create(cell, options) : script.ContinueWith(cell, options);
                errors.AddRange(script.Compile().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
            }
            Assert.True(errors.Count == 0, $"README.md, the ```csharp block at line {line}: {string.Join("; ", errors)}");
        }
        var state = await CSharpScript.RunAsync(blocks[0].Code, options);
        var china = state.GetVariable("china")?.Value as Series<int, double>;
        Assert.NotNull(china);
        Assert.Equal(Survey.Editions.Count, china.KeyCount);
    }

    private static List<(int Line, string Code)> CSharpBlocks(string markdown)
    {
        var lines = markdown.Split('\n');
        var blocks = new List<(int, string)>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() != "```csharp") continue;
            var start = i + 1;
            var body = new List<string>();
            for (i = start; i < lines.Length && lines[i].TrimEnd() != "```"; i++)
                if (!lines[i].TrimStart().StartsWith('#')) body.Add(lines[i]);
            blocks.Add((start, string.Join("\n", body)));
        }
        return blocks;
    }

    private static IEnumerable<string> Constants(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.FieldType == typeof(string))
            .Select(f => (string)f.GetValue(null)!);

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "EGov.slnx"))) return dir.FullName;
        throw new InvalidOperationException("EGov.slnx not found above " + AppContext.BaseDirectory);
    }
}
