using EGov.Data;

namespace EGov.Analysis;

/// <summary>Counts and shares of countries per level group (very high &gt;= 0.75, high &gt;= 0.5, middle &gt;= 0.25, low).</summary>
internal static class LevelShares
{
    /// <summary>Computes <see cref="SurveyAnalysis.LevelShares"/>, where it is documented.</summary>
    public static IReadOnlyList<LevelShare> Of(SurveyDataset dataset, SurveyIndex index = SurveyIndex.Egdi, Grouping grouping = Grouping.World,
        IEnumerable<int>? editions = null, bool withWorld = false, FlaggedValues flagged = FlaggedValues.Exclude)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var countries = dataset.Countries.ToDictionary(c => c.Iso3);
        var result = new List<LevelShare>();
        foreach (var edition in editions ?? dataset.Editions)
        {
            var filter = new FlagFilter(dataset, flagged);
            var values = RankingAnalysis.EditionRecords(dataset, edition)
                .Where(r => r.Value(index) is not null && filter.Keep(r, index))
                .Select(r => (Scope: grouping.GroupOf(countries[r.Iso3]), Level: LevelGroups.Of(r.Value(index)!.Value)))
                .ToList();
            var scopes = grouping.InListOrder(values.GroupBy(v => v.Scope), g => g.Key).ToList();
            if (withWorld && grouping != Grouping.World)
                scopes.AddRange(values.Select(v => (Scope: "World", v.Level)).GroupBy(v => v.Scope));
            var excluded = filter.Excluded;
            foreach (var scope in scopes)
            {
                var left = excluded.Where(f => scope.Key == "World" || grouping.GroupOf(countries[f.Iso3]) == scope.Key).ToList();
                var total = scope.Count();
                foreach (var level in Enum.GetValues<LevelGroup>().Reverse())
                {
                    var count = scope.Count(v => v.Level == level);
                    result.Add(new LevelShare(index, edition, scope.Key, level, count, total, (double)count / total) { Excluded = left });
                }
            }
        }
        return result;
    }
}
