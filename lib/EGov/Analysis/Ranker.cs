namespace EGov.Analysis;

/// <summary>Ranks of values, highest first, with ties compared exactly (decimals as published, so 0.7945 = 0.79450).</summary>
internal static class Ranker
{
    /// <summary>
    /// Ranks values from highest (1) to lowest. <see cref="RankMethod.Competition"/>: 1 + the number of strictly greater
    /// values; <see cref="RankMethod.Dense"/>: 1 + the number of distinct strictly greater values. Tied items keep their input order.
    /// </summary>
    public static IReadOnlyList<RankedItem<TKey>> Rank<TKey>(IEnumerable<(TKey Key, decimal Value)> values, RankMethod method)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.OrderByDescending(v => v.Value).ToList();
        var result = new List<RankedItem<TKey>>(sorted.Count);
        var competition = 0;
        var dense = 0;
        for (var i = 0; i < sorted.Count; i++)
        {
            if (i == 0 || sorted[i].Value != sorted[i - 1].Value)
            {
                competition = i + 1;
                dense++;
            }
            result.Add(new RankedItem<TKey>(sorted[i].Key, sorted[i].Value, method == RankMethod.Competition ? competition : dense));
        }
        return result;
    }
}
