using EGov.Data;

namespace EGov.Analysis;

/// <summary>Rankings of any index in any edition, rank changes, and the check of the published EGDI ranks.</summary>
internal static class RankingAnalysis
{
    /// <summary>Computes <see cref="SurveyAnalysis.Ranking"/>, where it is documented.</summary>
    public static RankingTable Of(SurveyDataset dataset, SurveyIndex index, int edition)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var records = EditionRecords(dataset, edition);
        var assessed = records.Where(r => r.Value(index) is not null).OrderBy(r => r.Iso3, StringComparer.Ordinal).ToList();
        var input = assessed.Select(r => (r, r.Value(index)!.Value)).ToList();
        var competition = Ranker.Rank(input, RankMethod.Competition).ToDictionary(x => x.Key.Iso3, x => x.Rank);
        var dense = Ranker.Rank(input, RankMethod.Dense).ToDictionary(x => x.Key.Iso3, x => x.Rank);
        var rows = assessed
            .Select(r => new CountryRank(edition, r.Iso3, r.CountryName, r.Value(index)!.Value, competition[r.Iso3], dense[r.Iso3], r.EgdiRank,
                LevelGroups.Of(r.Value(index)!.Value)))
            .OrderBy(r => r.CompetitionRank).ThenBy(r => r.Iso3, StringComparer.Ordinal)
            .ToList();
        return new RankingTable(index, edition, Coverage.Of(edition, rows.Count, records.Count - rows.Count), rows);
    }

    /// <summary>Computes <see cref="SurveyAnalysis.RankChanges"/>, where it is documented.</summary>
    public static RankChangeTable Change(SurveyDataset dataset, SurveyIndex index, int from, int to, RankMethod? method = RankMethod.Competition,
        FlaggedValues flagged = FlaggedValues.Exclude)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        if (method is null && index != SurveyIndex.Egdi)
            throw new ArgumentException("Only the EGDI has a published rank; give a rank method for other indices.", nameof(method));
        var filter = new FlagFilter(dataset, flagged);
        var a = Ranks(dataset, index, from, method, filter);
        var b = Ranks(dataset, index, to, method, filter);
        var names = EditionRecords(dataset, to).ToDictionary(r => r.Iso3, r => r.CountryName);
        var changes = a.Keys.Intersect(b.Keys)
            .Select(iso3 => new RankChange(iso3, names[iso3], a[iso3], b[iso3], a[iso3] - b[iso3]))
            .OrderByDescending(c => c.Change).ThenBy(c => c.Iso3, StringComparer.Ordinal)
            .ToList();
        var members = dataset.Countries.Count;
        return new RankChangeTable(index, method, from, to, new Coverage([from, to], changes.Count, members - changes.Count), changes)
            { Flagged = flagged, Excluded = filter.Excluded };
    }

    /// <summary>Computes <see cref="SurveyAnalysis.CheckPublishedEgdiRanks"/>, where it is documented.</summary>
    public static IReadOnlyList<PublishedRankCheck> CheckPublishedEgdiRanks(SurveyDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var checks = new List<PublishedRankCheck>();
        foreach (var edition in dataset.Editions)
        {
            var records = EditionRecords(dataset, edition);
            var ranking = Of(dataset, SurveyIndex.Egdi, edition);
            var ties = ranking.Ranks.GroupBy(r => r.Value).Where(g => g.Count() > 1).ToList();
            var mismatches = new List<RankMismatch>();
            var compared = 0;
            foreach (var record in records.Where(r => r.Egdi is not null || r.EgdiRank is not null))
            {
                compared++;
                var recomputed = ranking.For(record.Iso3)?.CompetitionRank;
                if (recomputed == record.EgdiRank) continue;
                var tied = record.Egdi is { } e
                    ? ranking.Ranks.Where(r => r.Value == e && r.Iso3 != record.Iso3).Select(r => r.Iso3).ToList()
                    : [];
                mismatches.Add(new RankMismatch(edition, record.Iso3, record.Egdi, record.EgdiRank, recomputed, tied));
            }
            checks.Add(new PublishedRankCheck(edition, Coverage.Of(edition, compared, records.Count - compared), ties.Count, mismatches));
        }
        return checks;
    }

    private static Dictionary<string, int> Ranks(SurveyDataset dataset, SurveyIndex index, int edition, RankMethod? method, FlagFilter filter)
    {
        var records = EditionRecords(dataset, edition);
        if (method is not { } m)
            return records.Where(r => r.EgdiRank is not null && filter.Keep(r.Edition, r.Iso3, FlagFilter.RankField))
                .ToDictionary(r => r.Iso3, r => r.EgdiRank!.Value);
        var input = records.Where(r => r.Value(index) is not null && filter.Keep(r, index))
            .OrderBy(r => r.Iso3, StringComparer.Ordinal).Select(r => (r.Iso3, r.Value(index)!.Value)).ToList();
        return Ranker.Rank(input, m).ToDictionary(x => x.Key, x => x.Rank);
    }

    internal static IReadOnlyList<EditionRecord> EditionRecords(SurveyDataset dataset, int edition)
    {
        var records = dataset.Records.Where(r => r.Edition == edition).ToList();
        if (records.Count == 0)
            throw new ArgumentOutOfRangeException(nameof(edition), edition, $"No edition {edition}; the editions are {string.Join(", ", dataset.Editions)}.");
        return records;
    }
}
