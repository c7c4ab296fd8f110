using EGov.Data;

namespace EGov.Analysis;

/// <summary>Builds <see cref="CountryProfile"/>s.</summary>
internal static class CountryProfiles
{
    /// <summary>Computes <see cref="SurveyAnalysis.Profile"/>, where it is documented.</summary>
    public static CountryProfile For(Survey survey, string iso3OrName, FlaggedValues flagged = FlaggedValues.Exclude)
    {
        ArgumentNullException.ThrowIfNull(survey);
        var country = survey.Country(iso3OrName);
        var dataset = survey.Dataset;
        var countries = dataset.Countries.ToDictionary(c => c.Iso3);
        var filter = new FlagFilter(dataset, flagged);
        var rows = new List<ProfileEdition>();
        foreach (var edition in dataset.Editions)
        {
            var records = RankingAnalysis.EditionRecords(dataset, edition);
            var assessed = records.Where(r => r.Egdi is not null && filter.Keep(r, SurveyIndex.Egdi)).ToList();
            var record = records.FirstOrDefault(r => r.Iso3 == country.Iso3);
            var rank = RankingAnalysis.Of(dataset, SurveyIndex.Egdi, edition).For(country.Iso3);
            var region = assessed.Where(r => countries[r.Iso3].Region == country.Region).Select(r => (double)r.Egdi!.Value).ToList();
            var sub = assessed.Where(r => countries[r.Iso3].SubRegion == country.SubRegion).Select(r => (double)r.Egdi!.Value).ToList();
            var flags = CanonicalFormat.EgdiHeader.SelectMany(field => filter.FlagsOf(edition, country.Iso3, field)).ToList();
            rows.Add(new ProfileEdition(edition, record?.Egdi, record?.Osi, record?.Hci, record?.Tii, record?.Epi, record?.EgdiRank,
                rank?.CompetitionRank, rank?.DenseRank, record?.Egdi is { } e ? LevelGroups.Of(e) : null,
                region.Count > 0 ? region.Average() : null, region.Count,
                sub.Count > 0 ? sub.Average() : null, sub.Count,
                assessed.Average(r => (double)r.Egdi!.Value)) { Flags = flags });
        }
        var assessedIn = rows.Where(r => r.Egdi is not null).Select(r => r.Edition).ToList();
        var peers = dataset.Countries.Where(c => c.SubRegion == country.SubRegion && c.Iso3 != country.Iso3).OrderBy(c => c.Iso3, StringComparer.Ordinal).ToList();
        return new CountryProfile(country, new Coverage(assessedIn, 1, rows.Count - assessedIn.Count), rows, peers)
            { Flagged = flagged, Excluded = filter.Excluded };
    }

    /// <summary>Computes <see cref="SurveyAnalysis.NearestPeers"/>, where it is documented.</summary>
    public static SubRegionPeers NearestPeers(Survey survey, string iso3OrName, int count = 6, int? edition = null)
    {
        ArgumentNullException.ThrowIfNull(survey);
        if (count < 1) throw new ArgumentOutOfRangeException(nameof(count), count, "Ask for at least one peer.");
        var country = survey.Country(iso3OrName);
        var dataset = survey.Dataset;
        var chosen = edition ?? dataset.Records.Where(r => r.Iso3 == country.Iso3 && r.Egdi is not null).Max(r => r.Edition);
        var countries = dataset.Countries.ToDictionary(c => c.Iso3);
        var members = RankingAnalysis.EditionRecords(dataset, chosen)
            .Where(r => r.Egdi is not null && countries[r.Iso3].SubRegion == country.SubRegion)
            .ToList();
        var self = members.FirstOrDefault(r => r.Iso3 == country.Iso3)
            ?? throw new ArgumentException($"{country.Name} has no EGDI in {chosen}.", nameof(edition));
        var own = self.Egdi!.Value;
        var peers = members.Where(r => r.Iso3 != country.Iso3)
            .Select(r => new Peer(countries[r.Iso3], r.Egdi!.Value, r.Egdi.Value - own, r.EgdiRank))
            .OrderBy(p => Math.Abs(p.Difference)).ThenBy(p => p.Country.Iso3, StringComparer.Ordinal)
            .Take(count)
            .ToList();
        return new SubRegionPeers(country, chosen, own, self.EgdiRank, peers, members.Count);
    }
}
