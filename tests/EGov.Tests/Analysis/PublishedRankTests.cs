using EGov.Analysis;
using EGov.Data;

namespace EGov.Tests.Analysis;

/// <summary>Recomputing the EGDI competition rank from the embedded data against the published EgdiRank.</summary>
public class PublishedRankTests
{
    private static readonly SurveyDataset Data = Survey.Load().Dataset;

    [Fact]
    public void Recomputed_competition_rank_reproduces_the_published_rank_except_four_2020_ties()
    {
        var checks = RankingAnalysis.CheckPublishedEgdiRanks(Data);
        Assert.Equal(Data.Editions, checks.Select(c => c.Edition));
        // Every edition except 2020 is reproduced exactly for every assessed country.
        Assert.All(checks.Where(c => c.Edition != 2020), c => Assert.True(c.AllReproduced, $"{c.Edition}: {c.Mismatches.Count} mismatches"));
        // 2020 (data/egdi.csv): the UN broke four ties of the 4-decimal EGDI and gave the second country the next place.
        var y2020 = checks.Single(c => c.Edition == 2020);
        var found = y2020.Mismatches.Select(m => (m.Iso3, m.PublishedRank, m.RecomputedRank, Tied: string.Join(",", m.TiedWith))).ToList();
        Assert.Equal(
            [("AND", 80, 79, "MDA"), ("HUN", 52, 51, "HRV"), ("MKD", 72, 71, "PER"), ("TLS", 134, 133, "TJK")],
            found.Select(f => (f.Iso3, (int?)f.PublishedRank, (int?)f.RecomputedRank, f.Tied)));
    }

    [Fact]
    public void Ties_per_edition_are_as_in_the_data()
    {
        // data/egdi.csv: identical published EGDI values per edition (2008: ECU/LBN; 2018: AGO/IRQ, SRB/SVK; 2020: 4 pairs; 2022: 4 pairs).
        var ties = RankingAnalysis.CheckPublishedEgdiRanks(Data).ToDictionary(c => c.Edition, c => c.TiedGroups);
        Assert.Equal(1, ties[2008]);
        Assert.Equal(2, ties[2018]);
        Assert.Equal(4, ties[2020]);
        Assert.Equal(4, ties[2022]);
        Assert.Equal(0, ties[2024]);
    }

    [Fact]
    public void Every_edition_compares_only_assessed_countries()
    {
        // data/egdi.csv: 173 countries assessed in 2003, all 193 from 2014 on.
        var checks = RankingAnalysis.CheckPublishedEgdiRanks(Data).ToDictionary(c => c.Edition);
        Assert.Equal(173, checks[2003].Coverage.Countries);
        Assert.Equal(20, checks[2003].Coverage.Excluded);
        Assert.Equal(193, checks[2020].Coverage.Countries);
        Assert.Equal(12, checks.Values.ToList().ToFrame().RowCount);
    }
}
