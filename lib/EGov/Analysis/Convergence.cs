using EGov.Data;

namespace EGov.Analysis;

/// <summary>Sigma and beta convergence of an index across editions.</summary>
public static class Convergence
{
    /// <summary>
    /// Sigma convergence: per edition, the mean, population standard deviation, coefficient of variation and Gini of an index
    /// over the countries assessed in that edition (so the set of countries changes where early editions miss some).
    /// </summary>
    /// <param name="dataset">The data.</param>
    /// <param name="index">The index.</param>
    /// <param name="editions">The editions (default: all), in the order given.</param>
    public static IReadOnlyList<SigmaPoint> Sigma(SurveyDataset dataset, SurveyIndex index, IEnumerable<int>? editions = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var result = new List<SigmaPoint>();
        foreach (var edition in editions ?? dataset.Editions)
        {
            var records = Rankings.EditionRecords(dataset, edition);
            var xs = records.Where(r => r.Value(index) is not null).Select(r => (double)r.Value(index)!.Value).ToList();
            if (xs.Count == 0) continue;
            var s = Descriptive.Summarise(xs);
            result.Add(new SigmaPoint(index, edition, Coverage.Of(edition, xs.Count, records.Count - xs.Count), s.Mean, s.StdDev, s.CoefficientOfVariation,
                Inequality.Gini(xs)));
        }
        return result;
    }

    /// <summary>Beta convergence between two editions; see <see cref="BetaConvergence"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="to"/> is not after <paramref name="from"/>.</exception>
    public static BetaConvergence Beta(SurveyDataset dataset, SurveyIndex index, int from, int to, GrowthMeasure growth = GrowthMeasure.AnnualisedLog)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        if (to <= from) throw new ArgumentException("The later edition must come after the earlier one.", nameof(to));
        var pairs = BetaPoints(dataset, index, from, to, growth);
        var fit = Regression.Ols(pairs.Select(p => p.LogStart).ToList(), pairs.Select(p => p.Growth).ToList());
        return new BetaConvergence(index, from, to, growth, new Coverage([from, to], pairs.Count, dataset.Countries.Count - pairs.Count), fit);
    }

    /// <summary>
    /// The countries of the beta-convergence regression between two editions (<see cref="Beta"/>): those with a positive value
    /// in both, in ISO3 order, with x = ln(start) and y = the growth.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="to"/> is not after <paramref name="from"/>.</exception>
    public static IReadOnlyList<BetaPoint> BetaPoints(SurveyDataset dataset, SurveyIndex index, int from, int to, GrowthMeasure growth = GrowthMeasure.AnnualisedLog)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        if (to <= from) throw new ArgumentException("The later edition must come after the earlier one.", nameof(to));
        var start = Rankings.EditionRecords(dataset, from).ToDictionary(r => r.Iso3, r => r.Value(index));
        var end = Rankings.EditionRecords(dataset, to).ToDictionary(r => r.Iso3);
        var years = growth == GrowthMeasure.AnnualisedLog ? to - from : 1;
        return start
            .Where(kv => kv.Value is > 0m && end.TryGetValue(kv.Key, out var e) && e.Value(index) is > 0m)
            .OrderBy(kv => kv.Key, StringComparer.Ordinal)
            .Select(kv =>
            {
                var s = kv.Value!.Value;
                var e = end[kv.Key];
                var v = e.Value(index)!.Value;
                return new BetaPoint(kv.Key, e.CountryName, s, v, Math.Log((double)s), Math.Log((double)v / (double)s) / years);
            })
            .ToList();
    }
}
