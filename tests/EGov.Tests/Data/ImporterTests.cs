using System.Globalization;
using System.Text;
using EGov.Data;
using EGov.Data.Import;

namespace EGov.Tests.Data;

public sealed class ImporterTests : IDisposable
{
    private readonly string output = Directory.CreateTempSubdirectory("egov-import-").FullName;

    public void Dispose() => Directory.Delete(output, recursive: true);

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "import", name);

    [Theory]
    [InlineData("good.csv")]
    [InlineData("good-bom-crlf.csv")]
    public void A_good_export_becomes_canonical_files_that_load(string file)
    {
        var result = Importer.Import([Fixture("countries.csv"), Fixture(file)], baseline: null);
        DatasetStore.WriteDirectory(output, result.Dataset);

        var survey = Survey.Load(output);
        Assert.Equal([2026], survey.Editions);
        Assert.Equal(["CHN", "DNK", "IRQ"], survey.Edition(2026).RowKeys);
        var china = survey.Record(2026, "CHN")!;
        Assert.Equal("China", china.CountryName); // the quoted "China " lost its trailing space
        Assert.Equal(0.80000m, china.Egdi);
        Assert.Equal("0.80000", china.Egdi!.Value.ToString(CultureInfo.InvariantCulture)); // published precision kept
        Assert.Equal(2, china.EgdiRank);
        var egdi = File.ReadAllText(Path.Combine(output, CanonicalFormat.EgdiFile));
        Assert.StartsWith("edition,iso3,country_name,egdi,osi,hci,tii,epi,egdi_rank\n2026,CHN,China,0.80000,0.90000,0.75000,0.75000,0.70000,2\n", egdi);
    }

    [Fact]
    public void The_unu_egov_format_imports_to_the_same_values_with_five_decimals()
    {
        var unu = Importer.Import([Fixture("countries.csv"), Fixture("egdi-2026.csv")], null).Dataset;
        var un = Importer.Import([Fixture("countries.csv"), Fixture("good.csv")], null).Dataset;
        Assert.Equal(un.Records.Select(r => r with { CountryName = "" }), unu.Records.Select(r => r with { CountryName = "" }));
        Assert.Equal("0.70000", unu.Records.Single(r => r.Iso3 == "CHN").Epi!.Value.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Two_sources_of_one_edition_are_cross_checked()
    {
        var agreed = Importer.Import([Fixture("countries.csv"), Fixture("good.csv"), Fixture("egdi-2026.csv")], null);
        var source = Assert.Single(agreed.Dataset.Sources);
        Assert.Equal("good.csv", source.Source); // the UN export wins; the UNU-EGOV copy is checked
        Assert.Equal(["egdi-2026.csv"], source.CrossChecked);

        var error = Assert.Throws<DataValidationException>(() =>
            Importer.Import([Fixture("countries.csv"), Fixture("good.csv"), Fixture(Path.Combine("disagree", "egdi-2026.csv"))], null));
        var problem = Assert.Single(error.Problems);
        Assert.Equal(ValidationRule.SourcesDisagree, problem.Rule);
        Assert.Equal((4, 8), (problem.Line, problem.Column));
        Assert.Contains("TII (0.40000 vs 0.41000)", problem.Message);
    }

    [Fact]
    public void Bom_and_crlf_give_the_same_bytes_as_plain_utf8()
    {
        var plain = CanonicalWriter.Render(Importer.Import([Fixture("countries.csv"), Fixture("good.csv")], null).Dataset);
        var bom = CanonicalWriter.Render(Importer.Import([Fixture("countries.csv"), Fixture("good-bom-crlf.csv")], null).Dataset);
        Assert.Equal(plain[CanonicalFormat.EgdiFile], bom[CanonicalFormat.EgdiFile]);
    }

    [Theory]
    [InlineData("bad-header.csv", ValidationRule.WrongHeader, 1, 0)]
    [InlineData("bad-field-count.csv", ValidationRule.WrongFieldCount, 3, 8)]
    [InlineData("bad-number.csv", ValidationRule.UnparseableNumber, 4, 7)]
    [InlineData("bad-range.csv", ValidationRule.IndexOutOfRange, 2, 6)]
    [InlineData("bad-rank.csv", ValidationRule.RankNotPositiveInteger, 4, 3)]
    [InlineData("bad-country.csv", ValidationRule.UnknownCountry, 3, 2)]
    [InlineData("bad-duplicate.csv", ValidationRule.DuplicateRow, 4, 2)]
    [InlineData("bad-row-count.csv", ValidationRule.WrongRowCount, 0, 0)]
    [InlineData("bad-egdi-mean.csv", ValidationRule.EgdiNotMeanOfComponents, 3, 4)]
    [InlineData("bad-edition.csv", ValidationRule.UnknownEdition, 2, 1)]
    [InlineData("bad-encoding.csv", ValidationRule.Encoding, 2, 11)]
    public void Each_bad_input_reports_its_rule_line_and_column(string file, ValidationRule rule, int line, int column)
    {
        var error = Assert.Throws<DataValidationException>(() => Importer.Import([Fixture("countries.csv"), Fixture(file)], null));
        var problem = Assert.Single(error.Problems, p => p.Rule == rule);
        Assert.EndsWith(file, problem.File);
        Assert.Equal(line, problem.Line);
        Assert.Equal(column, problem.Column);
        Assert.All(error.Problems, p => Assert.EndsWith(file, p.File)); // nothing blamed on the good countries file
        Assert.Contains(rule.ToString(), error.Message);
    }

    [Fact]
    public void An_unknown_name_gets_close_matches()
    {
        var error = Assert.Throws<DataValidationException>(() => Importer.Import([Fixture("countries.csv"), Fixture("bad-country.csv")], null));
        var problem = Assert.Single(error.Problems);
        Assert.Equal("Denmrak", problem.Value);
        Assert.Contains("Denmark (DNK)", problem.Message);
        Assert.Equal("Country Name", problem.ColumnName);
    }

    [Fact]
    public void Problems_in_several_files_are_all_reported_grouped_by_rule()
    {
        var error = Assert.Throws<DataValidationException>(() => Importer.Import(
            [Fixture("countries.csv"), Fixture("bad-number.csv"), Fixture("bad-header.csv")], null));
        Assert.Contains(error.Problems, p => p.Rule == ValidationRule.UnparseableNumber);
        Assert.Contains(error.Problems, p => p.Rule == ValidationRule.WrongHeader);
        var text = error.Message;
        Assert.True(text.IndexOf("WrongHeader (1):", StringComparison.Ordinal) < text.IndexOf("UnparseableNumber (1):", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("bad-number.csv")]
    [InlineData("bad-egdi-mean.csv")]
    [InlineData("bad-encoding.csv")]
    public void A_failed_import_through_the_command_leaves_the_output_folder_untouched(string file)
    {
        var sentinel = Path.Combine(output, CanonicalFormat.EgdiFile);
        File.WriteAllText(sentinel, "the previous dataset\n");
        var before = Snapshot(output);

        var (exit, stdout, stderr) = RunCli("import", "--from-scratch", Fixture("countries.csv"), Fixture(file), "--out", output);

        Assert.Equal(1, exit);
        Assert.Contains("nothing was written", stderr);
        Assert.Contains(file, stderr);
        Assert.Equal(before, Snapshot(output));
        Assert.Equal("", stdout);
    }

    [Fact]
    public void The_command_imports_a_good_export_and_exits_zero()
    {
        var (exit, stdout, _) = RunCli("import", "--from-scratch", Fixture("countries.csv"), Fixture("good.csv"), "--out", output);
        Assert.Equal(0, exit);
        Assert.Contains("3 countries", stdout);
        Assert.Equal(
            [CanonicalFormat.CountriesFile, CanonicalFormat.AliasesFile, CanonicalFormat.ManifestFile, CanonicalFormat.EgdiFile, CanonicalFormat.QualityFlagsFile],
            Directory.GetFiles(output).Select(Path.GetFileName).OrderByDescending(n => n!.StartsWith('c')).ThenBy(n => n, StringComparer.Ordinal));
        Assert.Empty(Directory.GetDirectories(output)); // no journal left behind
    }

    [Fact]
    public void A_new_edition_is_added_onto_the_embedded_dataset()
    {
        // A made-up 2026 export: the 2024 rows of the embedded data written back out in the UN export format.
        var embedded = DatasetStore.ReadEmbedded();
        var export = Path.Combine(output, "EGOV_DATA_2026.csv");
        var text = new StringBuilder(string.Join(",", RawFormats.UnExportHeader)).Append('\n');
        foreach (var r in embedded.Records.Where(r => r.Edition == 2024))
            text.Append(CultureInfo.InvariantCulture, $"2026,\"{r.CountryName} \",{r.EgdiRank},{r.Egdi},{r.Epi},{r.Osi},{r.Hci},{r.Tii}\n");
        File.WriteAllText(export, text.ToString());
        var data = Path.Combine(output, "data");

        var result = Importer.Import([export], embedded);
        DatasetStore.WriteDirectory(data, result.Dataset);

        var survey = Survey.Load(data);
        Assert.Equal([.. SurveySchema.Editions, 2026], survey.Editions);
        Assert.Equal(survey.Record(2024, "CHN")!.Egdi, survey.Record(2026, "CHN")!.Egdi);
        Assert.Equal("EGOV_DATA_2026.csv", survey.Dataset.Sources.Single(s => s.Edition == 2026).Source);
        Assert.Equal(embedded.Records.Count + 193, survey.Dataset.Records.Count);
    }

    [Fact]
    public void Editing_a_canonical_file_by_hand_is_caught_on_load()
    {
        var result = Importer.Import([Fixture("countries.csv"), Fixture("good.csv")], null);
        DatasetStore.WriteDirectory(output, result.Dataset);
        var egdi = Path.Combine(output, CanonicalFormat.EgdiFile);
        File.WriteAllText(egdi, File.ReadAllText(egdi).Replace("0.40000,0.30000", "1.40000,0.30000"));

        var error = Assert.Throws<DataValidationException>(() => Survey.Load(output));
        Assert.Contains(error.Problems, p => p.Rule == ValidationRule.ChecksumMismatch);
        var range = Assert.Single(error.Problems, p => p.Rule == ValidationRule.IndexOutOfRange);
        Assert.Equal((4, 4, "egdi"), (range.Line, range.Column, range.ColumnName));
    }

    private static Dictionary<string, string> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), f => Convert.ToHexString(File.ReadAllBytes(f)));

    private static (int Exit, string Stdout, string Stderr) RunCli(params string[] args) => EGov.Tests.Run.CliProcess.Run(Directory.GetCurrentDirectory(), args);
}
