using EGov.Data;

namespace EGov.Analysis;

/// <summary>Disparities of an index between and inside groups of countries (region, sub-region, income group, ...).</summary>
public static class Disparities
{
    /// <summary>
    /// Summary statistics, Gini and Theil T per group and for the world, the gap of each group mean to the world mean, and the
    /// between/within decomposition of the world's Theil T. Countries without a value in the edition are left out.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The edition is not in the data.</exception>
    /// <exception cref="InvalidOperationException">No country has a value of the index in the edition.</exception>
    public static DisparityTable Of(SurveyDataset dataset, SurveyIndex index, int edition, Grouping grouping)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var records = Rankings.EditionRecords(dataset, edition);
        var countries = dataset.Countries.ToDictionary(c => c.Iso3);
        var values = records
            .Where(r => r.Value(index) is not null)
            .OrderBy(r => r.Iso3, StringComparer.Ordinal)
            .Select(r => (Iso3: r.Iso3, Group: grouping.GroupOf(countries[r.Iso3]), Value: (double)r.Value(index)!.Value))
            .ToList();
        if (values.Count == 0) throw new InvalidOperationException($"No country has a {index} value in {edition}.");
        var worldMean = values.Average(v => v.Value);
        var world = Describe("World", values.Select(v => (v.Iso3, v.Value)).ToList(), worldMean);
        var groups = grouping.InListOrder(values.GroupBy(v => v.Group), g => g.Key)
            .Select(g => Describe(g.Key, g.Select(v => (v.Iso3, v.Value)).ToList(), worldMean))
            .ToList();
        var theil = Inequality.DecomposeTheil(values.Select(v => (v.Group, v.Value)));
        return new DisparityTable(index, edition, grouping, Coverage.Of(edition, values.Count, records.Count - values.Count), world, groups, theil);
    }

    /// <summary>
    /// <see cref="Of"/> in every edition given (default: all), oldest first: for example the regional means of an index over
    /// editions, <c>Disparities.OverEditions(dataset, SurveyIndex.Egdi, Grouping.Region).ToFrame()</c>.
    /// </summary>
    public static DisparityTrend OverEditions(SurveyDataset dataset, SurveyIndex index, Grouping grouping, IEnumerable<int>? editions = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return new DisparityTrend(index, grouping, (editions ?? dataset.Editions).Order().Select(e => Of(dataset, index, e, grouping)).ToList());
    }

    private static GroupDisparity Describe(string group, IReadOnlyList<(string Iso3, double Value)> values, double worldMean)
    {
        var xs = values.Select(v => v.Value).ToList();
        var summary = Descriptive.Summarise(xs);
        var min = values.First(v => v.Value == summary.Min).Iso3;
        var max = values.First(v => v.Value == summary.Max).Iso3;
        return new GroupDisparity(group, summary, min, max, summary.Mean - worldMean, Inequality.Gini(xs), Inequality.TheilT(xs));
    }
}
