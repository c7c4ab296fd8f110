using EGov.Data;

namespace EGov.Analysis;

/// <summary>Disparities of an index between and inside groups of countries (region, sub-region, income group, ...).</summary>
internal static class Disparities
{
    /// <summary>Computes <see cref="SurveyAnalysis.Disparities"/>, where it is documented.</summary>
    public static DisparityTable Of(SurveyDataset dataset, SurveyIndex index, int edition, Grouping grouping) =>
        Compute(dataset, index, edition, grouping, new FlagFilter(dataset, FlaggedValues.Include));

    /// <summary>Computes <see cref="SurveyAnalysis.DisparitiesOverEditions"/>, where it is documented.</summary>
    public static DisparityTrend OverEditions(SurveyDataset dataset, SurveyIndex index, Grouping grouping, IEnumerable<int>? editions = null,
        FlaggedValues flagged = FlaggedValues.Exclude)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var tables = (editions ?? dataset.Editions).Select(e => Compute(dataset, index, e, grouping, new FlagFilter(dataset, flagged))).ToList();
        return new DisparityTrend(index, grouping, flagged, tables);
    }

    private static DisparityTable Compute(SurveyDataset dataset, SurveyIndex index, int edition, Grouping grouping, FlagFilter filter)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var records = RankingAnalysis.EditionRecords(dataset, edition);
        var countries = dataset.Countries.ToDictionary(c => c.Iso3);
        var values = records
            .Where(r => r.Value(index) is not null && filter.Keep(r, index))
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
        return new DisparityTable(index, edition, grouping, Coverage.Of(edition, values.Count, records.Count - values.Count), world, groups, theil)
            { Excluded = filter.Excluded };
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
