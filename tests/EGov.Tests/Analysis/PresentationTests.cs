using EGov.Analysis;
using EGov.Data;

namespace EGov.Tests.Analysis;

/// <summary>The words and orders the tables show: verdicts, groupings, income groups, coverage, shares, peers, comparisons.</summary>
public class PresentationTests
{
    private static readonly Survey Survey = Survey.Load();

    [Fact]
    public void Verdicts_and_groupings_read_as_words()
    {
        Assert.Equal(["reproduced", "not reproduced", "not checkable"], Enum.GetValues<ClaimVerdict>().Select(v => v.Label()));
        Assert.Equal(["converging", "diverging", "no significant convergence"], Enum.GetValues<ConvergenceVerdict>().Select(v => v.Label()));
        Assert.Equal("Income group (2018)", Grouping.IncomeGroup2018.Label());
        Assert.Equal("Sub-region", Grouping.SubRegion.Label());
    }

    [Fact]
    public void Coverage_says_one_country_not_one_countries()
    {
        Assert.Equal("2020: 1 country (0 excluded)", Coverage.Of(2020, 1, 0).ToString());
        Assert.Equal("2018+2020: 193 countries (0 excluded)", new Coverage([2018, 2020], 193, 0).ToString());
    }

    [Fact]
    public void Income_groups_are_listed_from_low_to_high_income()
    {
        var table = Survey.Disparities(SurveyIndex.Egdi, 2024, Grouping.IncomeGroup2018);
        Assert.Equal(Groupings.IncomeGroupsLowToHigh, table.Groups.Select(g => g.Group));
        Assert.Equal([.. Groupings.IncomeGroupsLowToHigh, "World"], table.ToFrame().RowKeys);
        Assert.Equal(["Africa", "Americas", "Asia", "Europe", "Oceania"], Survey.Disparities(SurveyIndex.Egdi, 2024, Grouping.Region).Groups.Select(g => g.Group));
    }

    [Fact]
    public void Level_shares_come_with_the_world_row_and_in_percent()
    {
        var shares = Survey.LevelShares(SurveyIndex.Egdi, Grouping.Region, [2024], withWorld: true);
        Assert.Equal(["Africa", "Americas", "Asia", "Europe", "Oceania", "World"], shares.Select(s => s.Scope).Distinct());
        Assert.Equal(193, shares.Where(s => s.Scope == "World").Sum(s => s.Count));
        var frame = shares.ToFrame();
        Assert.Contains("Very high %", frame.ColumnKeys);
        Assert.Equal(100 * shares.Single(s => s.Scope == "World" && s.Level == LevelGroup.VeryHigh).Share,
            frame.GetColumn<double>("Very high %").Get(Tuple.Create(2024, "World")), 12);
    }

    [Fact]
    public void The_egdi_change_table_has_changes_contributions_and_shares()
    {
        var change = Survey.EgdiChange("CHN", 2018, 2020);
        Assert.Equal(SurveyIndex.Tii, change.MainDriver);
        var frame = change.ToFrame();
        Assert.Equal(["OSI", "HCI", "TII", "Residual", "EGDI"], frame.RowKeys);
        Assert.Equal(100, frame.GetColumn<double>("Share of EGDI change %").Get("EGDI"), 12);
        Assert.Equal((double)(change.TiiContribution * 3), frame.GetColumn<double>("Change").Get("TII"), 12);
        Assert.Equal(100, new[] { "OSI", "HCI", "TII", "Residual" }.Sum(k => frame.GetColumn<double>("Share of EGDI change %").Get(k)), 9);
    }

    [Fact]
    public void Peers_are_the_sub_region_countries_nearest_in_egdi_by_a_stated_rule()
    {
        var peers = Survey.NearestPeers("Germany", count: 3);
        Assert.Equal(2024, peers.Edition);
        Assert.Equal(3, peers.Peers.Count);
        Assert.All(peers.Peers, p => Assert.Equal("Western Europe", p.Country.SubRegion));
        var all = Survey.Ranking(SurveyIndex.Egdi, 2024).Ranks.Where(r => Survey.Country(r.Iso3).SubRegion == "Western Europe" && r.Iso3 != "DEU")
            .OrderBy(r => Math.Abs(r.Value - peers.Egdi)).ThenBy(r => r.Iso3, StringComparer.Ordinal).Take(3).Select(r => r.Iso3);
        Assert.Equal(all, peers.Peers.Select(p => p.Country.Iso3));
        Assert.Equal("the 3 of the 8 other countries of Western Europe whose 2024 EGDI is closest to Germany's", peers.Rule);
        Assert.Equal("DEU", peers.Iso3WithCountry[0]);
        var china = Survey.NearestPeers("CHN");
        Assert.Equal("all 4 other countries of Eastern Asia, ordered by how close their 2024 EGDI is to China's", china.Rule);
        Assert.Equal(5, china.ToFrame().RowCount);
    }

    [Fact]
    public void A_comparison_takes_codes_and_names_and_keeps_their_order()
    {
        var comparison = Survey.Compare("china", "IND", "Türkiye", "CHN");
        Assert.Equal(["CHN", "IND", "TUR"], comparison.Profiles.Select(p => p.Country.Iso3));
        var wide = comparison.ToFrame(SurveyIndex.Egdi);
        Assert.Equal(["CHN", "IND", "TUR"], wide.ColumnKeys);
        Assert.Equal(Survey.Editions, wide.RowKeys);
        Assert.Equal(0.87184, wide.GetColumn<double>("CHN").Get(2024), 12);
        var full = comparison.ToFrame();
        Assert.Equal(3 * Survey.Editions.Count, full.RowCount);
        Assert.Throws<ArgumentException>(() => Survey.Compare());
        Assert.Throws<UnknownCountryException>(() => Survey.Compare("Atlantis"));
    }

    [Fact]
    public void A_profile_states_its_highlights()
    {
        var lines = Survey.Profile("CHN").Highlights();
        Assert.Equal("China's EGDI went from 0.4160 in 2003 (published rank 74) to 0.8718 in 2024 (rank 35); levels of editions with different methods, so the ranks are the safer comparison.", lines[0]);
        Assert.Equal("Level group in 2024: Very high, in every edition assessed since 2020.", lines[1]);
        Assert.StartsWith("Above the Asia mean EGDI in ", lines[2], StringComparison.Ordinal);
        Assert.Equal("Largest change between consecutive editions assessed: +0.1137 from 2018 to 2020 (part of any step between editions can be a change of method).", lines[3]);
    }

    [Fact]
    public void Theil_tables_explain_negative_between_terms_by_the_group_mean()
    {
        var table = Survey.Disparities(SurveyIndex.Egdi, 2024, Grouping.Region);
        var frame = table.Theil.ToFrame();
        foreach (var group in table.Groups)
            Assert.Equal(group.Summary.Mean < table.World.Summary.Mean, frame.GetColumn<double>("Between term").Get(group.Group) < 0);
        Assert.True(table.Theil.Between >= 0);
        var summary = DisparityTable.TheilFrame([table]);
        Assert.Equal(100 * table.Theil.BetweenShare, summary.GetColumn<double>("Between share %").Get(Tuple.Create(2024, "Region")), 12);
    }
}
