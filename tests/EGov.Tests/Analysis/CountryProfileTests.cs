using EGov.Analysis;
using EGov.Data;

namespace EGov.Tests.Analysis;

public class CountryProfileTests
{
    private static readonly Survey Survey = Survey.Load();

    [Fact]
    public void China_profile_2020()
    {
        var profile = CountryProfiles.For(Survey, "CHN");
        Assert.Equal("Eastern Asia", profile.Country.SubRegion);
        Assert.Equal(Survey.Editions, profile.Editions.Select(e => e.Edition));
        var y2020 = profile.Edition(2020);
        // data/egdi.csv, 2020 CHN row: EGDI 0.7948, OSI 0.9059, rank 45.
        Assert.Equal(0.7948m, y2020.Egdi);
        Assert.Equal(0.9059m, y2020.Osi);
        Assert.Equal(45, y2020.PublishedEgdiRank);
        Assert.Equal(45, y2020.CompetitionRank);
        Assert.Equal(LevelGroup.VeryHigh, y2020.Level);
        Assert.Equal(47, y2020.RegionCountries); // data/countries.csv: 47 countries with region Asia, all assessed in 2020
        Assert.Contains(profile.SubRegionPeers, c => c.Iso3 == "JPN");
        Assert.DoesNotContain(profile.SubRegionPeers, c => c.Iso3 == "CHN");
        Assert.Equal(12, profile.ToFrame().RowCount);
    }

    [Fact]
    public void Sub_region_mean_is_the_mean_of_the_sub_region()
    {
        var profile = CountryProfiles.For(Survey, "China");
        var peers = profile.SubRegionPeers.Select(p => p.Iso3).Append("CHN").ToHashSet();
        var expected = Survey.Dataset.Records.Where(r => r.Edition == 2020 && peers.Contains(r.Iso3)).Average(r => (double)r.Egdi!.Value);
        Assert.Equal(expected, profile.Edition(2020).SubRegionMean!.Value, 12);
        Assert.Equal(peers.Count, profile.Edition(2020).SubRegionCountries);
    }

    [Fact]
    public void Unknown_code_lists_close_matches()
    {
        var e = Assert.Throws<UnknownCountryException>(() => CountryProfiles.For(Survey, "Chna"));
        Assert.Contains(e.CloseMatches, m => m.Contains("CHN", StringComparison.Ordinal));
    }
}
