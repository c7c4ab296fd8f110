using EGov.Data;
using EGov.Data.Csv;

namespace EGov.Tests.Data;

public sealed class ImportRuleTests
{
    [Theory]
    [InlineData(2003, "0", "0", "0.9", null, 174, true)]   // Iraq 2003: OSI 0, blank-free, shared last rank
    [InlineData(2003, "0", "0", "0.9", 174, 174, true)]
    [InlineData(2008, "0", "0.38", "0", 183, 183, true)]   // Monaco 2008: HCI 0
    [InlineData(2024, "0", "0.9", "0.9", 193, 193, false)] // the UN used no placeholders after 2012
    [InlineData(2010, "0", "0.9", "0.8", 184, 184, false)] // OSI and HCI both published: an assessed country
    [InlineData(2010, "0", "0", "0.8", 5, 184, false)]     // a rank of its own: assessed
    [InlineData(2010, "0.5", "0", "0", 184, 184, false)]
    public void Not_assessed_holds_only_where_the_whole_row_says_so(int edition, string egdi, string osi, string hci, int? rank, int sharedLast, bool expected)
    {
        static decimal D(string s) => decimal.Parse(s, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(expected, NotAssessedRule.Holds(edition, D(egdi), D(osi), D(hci), rank, sharedLast));
    }

    [Theory]
    [InlineData("0.5\0")]
    [InlineData("0.5\u00a0\0")]
    [InlineData("\00.5")]
    public void Numbers_with_a_nul_are_refused(string text)
    {
        var problems = new List<ValidationProblem>();
        var document = new CsvDocument("x.csv", ["a"], [new CsvLine(2, [text])]);
        Assert.Null(new FieldParser(document, problems).Index(document.Rows[0], 0, SurveyIndex.Osi, 2020));
        Assert.Equal(ValidationRule.ControlCharacter, Assert.Single(problems).Rule);
        Assert.Contains("\\x00", problems[0].ToString());
        Assert.DoesNotContain("\0", problems[0].ToString());
    }

    [Fact]
    public void Ranks_follow_the_egdi_order_with_ties()
    {
        Located<EditionRecord> R(string iso3, decimal egdi, int? rank, int line) => new(new EditionRecord(2026, iso3, iso3, egdi, egdi, egdi, egdi, 0m, rank), "x.csv", line);
        var countries = new HashSet<string> { "AAA", "BBB", "CCC", "DDD" };
        Assert.Empty(DatasetRules.Check([R("AAA", 0.9m, 1, 2), R("BBB", 0.8m, 2, 3), R("CCC", 0.8m, 3, 4), R("DDD", 0.1m, 4, 5)], countries, ("egdi", 4)));
        Assert.Empty(DatasetRules.Check([R("AAA", 0.9m, 1, 2), R("BBB", 0.8m, 2, 3), R("CCC", 0.8m, 2, 4), R("DDD", 0.1m, 4, 5)], countries, ("egdi", 4)));
        var reversed = DatasetRules.Check([R("AAA", 0.9m, 4, 2), R("BBB", 0.8m, 3, 3), R("CCC", 0.7m, 2, 4), R("DDD", 0.1m, 1, 5)], countries, ("egdi", 4));
        Assert.Equal(4, reversed.Count(p => p.Rule == ValidationRule.RankNotInEgdiOrder));
        var tooHigh = Assert.Single(DatasetRules.Check([R("AAA", 0.9m, 1, 2), R("BBB", 0.8m, 2, 3), R("CCC", 0.7m, 3, 4), R("DDD", 0.1m, 9999, 5)], countries, ("egdi", 4)));
        Assert.Equal((ValidationRule.RankOutOfRange, 5, 9, "9999"), (tooHigh.Rule, tooHigh.Line, tooHigh.Column, tooHigh.Value));
    }

    [Fact]
    public void A_flood_of_problems_is_counted_but_only_the_first_of_each_rule_are_kept_and_shown()
    {
        var problems = new ProblemList(keptPerRule: 50);
        for (var i = 0; i < 100_000; i++) problems.Add(new ValidationProblem("big.csv", i + 2, 2, "Country Name", $"Nowhere {i}", ValidationRule.UnknownCountry, "unknown country name"));
        Assert.Equal(100_000, problems.Count);
        Assert.Equal(50, problems.Kept.Count);
        var error = new DataValidationException(problems);
        Assert.Equal(100_000, error.TotalCount);
        Assert.StartsWith("100000 problems found:", error.Message);
        Assert.Contains("... and 99980 more UnknownCountry problems", error.Message);
        Assert.True(error.Message.Length < 5_000);
    }

    [Fact]
    public void Printed_values_escape_control_characters_and_are_cut()
    {
        Assert.Equal("a\\x00b\\u202Ec\\x1B", Printable.Escape("a\0b\u202ec\u001b"));
        var cut = Printable.Value(new string('9', 10_000));
        Assert.True(cut.Length < 100);
        Assert.EndsWith("(10000 characters)", cut);
    }
}
