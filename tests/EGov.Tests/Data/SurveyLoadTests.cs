using Deedle;
using EGov.Data;

namespace EGov.Tests.Data;

public sealed class SurveyLoadTests
{
    private static readonly Survey Survey = Survey.Load();

    [Theory]
    // Golden values: UN E-Government Survey 2018 and 2020, as quoted in ../shared/docs/seed-claims.md (C1, C4) and
    // checked against the UN exports in ../shared/data/raw/PROVENANCE.md ("Known values checked against the files").
    [InlineData(2018, "CHN", 0.6811, 65)]
    [InlineData(2020, "CHN", 0.7948, 45)]
    [InlineData(2020, "DNK", 0.9758, 1)]
    [InlineData(2020, "KOR", 0.9560, 2)]
    public void Published_EGDI_and_rank_come_through(int edition, string iso3, double egdi, int rank)
    {
        var row = Survey.Panel.Rows[Tuple.Create(edition, iso3)];
        Assert.Equal(egdi, row.GetAs<double>(SurveyColumns.Egdi), 4);
        Assert.Equal(rank, row.GetAs<int>(SurveyColumns.EgdiRank));
    }

    [Fact]
    public void China_2020_online_service_index_is_as_published()
    {
        // UN E-Government Survey 2020, OSI of China 0.9059 (seed-claims.md C4; PROVENANCE.md known values).
        Assert.Equal(0.9059, Survey.Edition(2020).GetColumn<double>(SurveyColumns.Osi)["CHN"], 4);
        Assert.Equal(0.90590m, Survey.Record(2020, "China")!.Osi);
    }

    [Fact]
    public void Every_edition_lists_the_193_member_states_once()
    {
        Assert.Equal(SurveySchema.Editions, Survey.Editions);
        Assert.Equal(SurveySchema.MemberStates, Survey.Countries.Count);
        foreach (var edition in Survey.Editions)
        {
            var frame = Survey.Edition(edition);
            Assert.Equal(SurveySchema.MemberStates, frame.RowCount);
            Assert.Equal(SurveySchema.MemberStates, frame.RowKeys.Distinct().Count());
        }
        Assert.Equal(SurveySchema.MemberStates * SurveySchema.Editions.Count, Survey.Panel.RowCount);
    }

    [Fact]
    public void Countries_not_assessed_are_missing_never_zero()
    {
        // PROVENANCE.md: zero-EGDI counts in the UN exports are 2003 20, 2004 15, 2005 14, 2008 11, 2010 10, 2012 3, later 0.
        var expected = new Dictionary<int, int> { [2003] = 20, [2004] = 15, [2005] = 14, [2008] = 11, [2010] = 10, [2012] = 3, [2014] = 0, [2024] = 0 };
        foreach (var (edition, notAssessed) in expected)
        {
            var egdi = Survey.Edition(edition).GetColumn<double>(SurveyColumns.Egdi);
            Assert.Equal(SurveySchema.MemberStates - notAssessed, egdi.ValueCount);
            Assert.DoesNotContain(0.0, egdi.Values);
            Assert.Equal(SurveySchema.MemberStates - notAssessed, Survey.Edition(edition).GetColumn<int>(SurveyColumns.EgdiRank).ValueCount);
        }
        // Montenegro 2003 had a blank rank and zeros everywhere (PROVENANCE.md): every index is missing.
        var montenegro = Survey.Record(2003, "MNE")!;
        Assert.Null(montenegro.Egdi);
        Assert.Null(montenegro.EgdiRank);
        Assert.Null(montenegro.Osi);
        Assert.Null(montenegro.Hci);
    }

    [Fact]
    public void Real_components_of_a_country_not_assessed_are_kept()
    {
        // Iraq 2003 in the UN export: EGDI 0 (not assessed) but HCI 0.93000 and TII 0.01578 (data/egdi.csv).
        var iraq = Survey.Record(2003, "IRQ")!;
        Assert.Null(iraq.Egdi);
        Assert.Null(iraq.Osi);
        Assert.Equal(0.93000m, iraq.Hci);
        Assert.Equal(0.01578m, iraq.Tii);
    }

    [Fact]
    public void Panel_joins_the_classification_and_level()
    {
        var china = Survey.Panel.Rows[Tuple.Create(2020, "CHN")];
        Assert.Equal("Asia", china.GetAs<string>(SurveyColumns.Region));
        Assert.Equal("Eastern Asia", china.GetAs<string>(SurveyColumns.SubRegion));
        Assert.Equal("Very high", china.GetAs<string>(SurveyColumns.EgdiLevel));
        Assert.Equal("High", Survey.Panel.Rows[Tuple.Create(2018, "CHN")].GetAs<string>(SurveyColumns.EgdiLevel));
        Assert.Equal(22, Survey.Countries.Select(c => c.SubRegion).Distinct().Count());
        Assert.Equal(["Africa", "Americas", "Asia", "Europe", "Oceania"], Survey.Countries.Select(c => c.Region).Distinct().Order());
    }

    [Fact]
    public void A_country_series_runs_across_editions_and_accepts_names()
    {
        var series = Survey.CountrySeries("china", SurveyIndex.Egdi);
        Assert.Equal(SurveySchema.Editions, series.Keys);
        Assert.Equal(0.7948, series[2020], 4);
        Assert.Equal("TUR", Survey.Iso3Of("Turkey"));
        Assert.Equal("TUR", Survey.Iso3Of("Türkiye"));
        Assert.Equal("MKD", Survey.Iso3Of("The former Yugoslav Republic of Macedonia"));
        Assert.Equal("IRQ", Survey.Iso3Of("  Iraq "));
    }

    [Fact]
    public void An_unknown_country_names_close_matches()
    {
        var error = Assert.Throws<UnknownCountryException>(() => Survey.CountryFrame("Chnia"));
        Assert.Contains("China (CHN)", error.CloseMatches);
        Assert.Contains("China (CHN)", error.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => Survey.Edition(2019));
    }

    [Fact]
    public void Missing_values_are_skipped_by_frame_statistics()
    {
        var egdi2003 = Survey.Edition(2003).GetColumn<double>(SurveyColumns.Egdi);
        var assessed = Survey.Dataset.Records.Where(r => r.Edition == 2003 && r.Egdi is not null).Select(r => (double)r.Egdi!.Value).ToList();
        Assert.Equal(assessed.Average(), egdi2003.Mean(), 10);
    }
}
