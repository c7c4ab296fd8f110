using EGov.Analysis;
using EGov.Data;
using EGov.Data.Import;

namespace EGov.Tests.Data;

/// <summary>The UNSD M49 files in the import: codes, Chinese names and the special-situation flags of the countries table.</summary>
public class M49Tests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "import", name);

    private static SurveyDataset Import(params string[] m49) =>
        Importer.Import([Fixture("countries.csv"), Fixture("good.csv"), .. m49.Select(Fixture)], baseline: null).Dataset;

    [Fact]
    public void The_m49_files_give_codes_chinese_names_and_flags_that_survive_writing_and_loading()
    {
        var dataset = Import("m49-en.csv", "m49-cn.csv");
        var china = dataset.Countries.Single(c => c.Iso3 == "CHN").M49!;
        // UNSD-en.csv / UNSD-cn.csv row of China (fixture excerpt): 156, Asia 142, Eastern Asia 030, 亚洲, 东亚, no flag.
        Assert.Equal(new M49Entry("156", "142", "030", "Eastern Asia", "030", "亚洲", "东亚", false, false, false), china);
        var written = CanonicalWriter.Render(dataset);
        var loaded = CanonicalReader.Read(written, "");
        Assert.Equal(dataset.Countries, loaded.Countries);
        Assert.Contains("CHN,China,Asia,Eastern Asia,Upper middle income,Developing,156,142,030,Eastern Asia,030,亚洲,东亚,false,false,false",
            System.Text.Encoding.UTF8.GetString(written[CanonicalFormat.CountriesFile]));
    }

    [Fact]
    public void Without_the_m49_files_the_columns_are_empty_and_the_special_groupings_say_why()
    {
        var dataset = Import();
        Assert.All(dataset.Countries, c => Assert.Null(c.M49));
        var loaded = CanonicalReader.Read(CanonicalWriter.Render(dataset), "");
        Assert.All(loaded.Countries, c => Assert.Null(c.M49));
        var error = Assert.Throws<InvalidOperationException>(() => Grouping.LeastDeveloped.GroupOf(loaded.Countries[0]));
        Assert.Contains("imported without the UNSD M49 file", error.Message);
    }

    [Theory]
    [InlineData("bad-m49-disagree.csv", ValidationRule.SourcesDisagree, 6, 6, "Southern Europe")]
    [InlineData("bad-m49-flag.csv", ValidationRule.NotAllowedValue, 5, 13, "y")]
    [InlineData("bad-m49-missing.csv", ValidationRule.MissingValue, 0, 12, "IRQ")]
    public void A_bad_m49_file_is_refused_with_its_rule_line_column_and_value(string file, ValidationRule rule, int line, int column, string value)
    {
        var error = Assert.Throws<DataValidationException>(() => Import(file));
        // The problem itself; a row refused for a bad field also leaves its country missing from the file (a second problem).
        var problem = Assert.Single(error.Problems, p => p.Rule == rule);
        Assert.Equal((line, column, value), (problem.Line, problem.Column, problem.Value));
        Assert.EndsWith(file, problem.File);
    }

    [Fact]
    public void The_chinese_file_alone_is_refused()
    {
        var error = Assert.Throws<DataValidationException>(() => Import("m49-cn.csv"));
        Assert.Contains(error.Problems, p => p.Rule == ValidationRule.MissingInput && p.Message.Contains("needs the English one", StringComparison.Ordinal));
    }

    [Fact]
    public void The_committed_countries_table_has_the_m49_groups_and_names()
    {
        var countries = Survey.Load().Countries;
        // PROVENANCE.md section 8: among the 193 member states LDC 45, LLDC 32, SIDS 37 in this file.
        Assert.Equal((45, 32, 37), (countries.Count(c => c.M49!.LeastDeveloped), countries.Count(c => c.M49!.Landlocked), countries.Count(c => c.M49!.SmallIsland)));
        var usa = countries.Single(c => c.Iso3 == "USA");
        Assert.Equal(("Northern America", "021", "北美"), (usa.SubRegion, usa.M49!.SubRegionCode, usa.M49.SubRegionZh));
        Assert.DoesNotContain(countries, c => c.SubRegion == "North America");
        // Intermediate regions: Kenya's sub_region is Eastern Africa (014) inside M49's Sub-Saharan Africa (202).
        var kenya = countries.Single(c => c.Iso3 == "KEN");
        Assert.Equal(("Eastern Africa", "014", "Sub-Saharan Africa", "202"), (kenya.SubRegion, kenya.M49!.SubRegionCode, kenya.M49.M49SubRegion, kenya.M49.M49SubRegionCode));
        Assert.Equal(22, countries.Select(c => c.SubRegion).Distinct().Count());
        Assert.Equal(17, countries.Select(c => c.M49!.M49SubRegion).Distinct().Count());
    }

    [Fact]
    public void The_special_situation_groupings_split_the_world_in_two()
    {
        var survey = Survey.Load();
        foreach (var grouping in Groupings.SpecialSituations)
        {
            var table = survey.Disparities(SurveyIndex.Egdi, 2024, grouping);
            Assert.Equal([grouping.MembersName(), grouping.Others()], table.Groups.Select(g => g.Group));
            Assert.Equal(193, table.Groups.Sum(g => g.Summary.Count));
        }
        Assert.Equal("LDC", Grouping.LeastDeveloped.GroupOf(survey.Country("AFG")));
        Assert.Equal("Not SIDS", Grouping.SmallIsland.GroupOf(survey.Country("AFG")));
    }
}
