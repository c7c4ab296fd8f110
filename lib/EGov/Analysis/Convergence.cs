using EGov.Data;

namespace EGov.Analysis;

/// <summary>Sigma and beta convergence of an index across editions.</summary>
internal static class Convergence
{
    /// <summary>Computes <see cref="SurveyAnalysis.SigmaConvergence"/>, where it is documented.</summary>
    public static IReadOnlyList<SigmaPoint> Sigma(SurveyDataset dataset, SurveyIndex index, IEnumerable<int>? editions = null,
        FlaggedValues flagged = FlaggedValues.Exclude)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var result = new List<SigmaPoint>();
        foreach (var edition in editions ?? dataset.Editions)
        {
            var records = RankingAnalysis.EditionRecords(dataset, edition);
            var filter = new FlagFilter(dataset, flagged);
            var xs = records.Where(r => r.Value(index) is not null && filter.Keep(r, index)).Select(r => (double)r.Value(index)!.Value).ToList();
            if (xs.Count == 0) continue;
            var s = Descriptive.Summarise(xs);
            result.Add(new SigmaPoint(index, edition, Coverage.Of(edition, xs.Count, records.Count - xs.Count), s.Mean, s.StdDev, s.CoefficientOfVariation,
                Inequality.Gini(xs)) { Flagged = flagged, Excluded = filter.Excluded });
        }
        return result;
    }

    /// <summary>Computes <see cref="SurveyAnalysis.BetaConvergence"/>, where it is documented.</summary>
    public static BetaConvergence Beta(SurveyDataset dataset, SurveyIndex index, int from, int to, GrowthMeasure growth = GrowthMeasure.AnnualisedLog,
        FlaggedValues flagged = FlaggedValues.Exclude)
    {
        var (pairs, excluded) = PositivePairs(dataset, index, from, to, flagged);
        var years = growth == GrowthMeasure.AnnualisedLog ? to - from : 1;
        var fit = Regression.Ols(pairs.Select(p => Math.Log(p.Start)).ToList(), pairs.Select(p => Math.Log(p.End / p.Start) / years).ToList());
        return new BetaConvergence(index, from, to, growth, new Coverage([from, to], pairs.Count, dataset.Countries.Count - pairs.Count), fit)
            { Flagged = flagged, Excluded = excluded };
    }

    /// <summary>Computes <see cref="SurveyAnalysis.BetaPoints"/>, where it is documented.</summary>
    public static IReadOnlyList<BetaPoint> BetaPoints(SurveyDataset dataset, SurveyIndex index, int from, int to, GrowthMeasure growth = GrowthMeasure.AnnualisedLog,
        FlaggedValues flagged = FlaggedValues.Exclude)
    {
        var years = growth == GrowthMeasure.AnnualisedLog ? to - from : 1;
        return PositivePairs(dataset, index, from, to, flagged).Pairs
            .Select(p => new BetaPoint(p.Iso3, p.Start, p.End, Math.Log(p.Start), Math.Log(p.End / p.Start) / years))
            .ToList();
    }

    /// <summary>Computes <see cref="SurveyAnalysis.BetaInfluence"/>, where it is documented.</summary>
    public static BetaInfluence BetaInfluence(SurveyDataset dataset, SurveyIndex index, int from, int to, GrowthMeasure growth = GrowthMeasure.AnnualisedLog,
        FlaggedValues flagged = FlaggedValues.Exclude)
    {
        var points = BetaPoints(dataset, index, from, to, growth, flagged);
        var influence = Influence.Of(points.Select(p => p.LogStart).ToList(), points.Select(p => p.Growth).ToList());
        var most = points[influence.MostInfluential];
        return new BetaInfluence(index, from, to, most.Iso3, most.Start, influence);
    }

    /// <summary>Computes <see cref="SurveyAnalysis.SigmaConvergenceTest"/>, where it is documented.</summary>
    public static SigmaConvergenceTest SigmaTest(SurveyDataset dataset, SurveyIndex index, int from, int to, FlaggedValues flagged = FlaggedValues.Exclude)
    {
        var (pairs, excluded) = PositivePairs(dataset, index, from, to, flagged);
        if (pairs.Count < 3) throw new ArgumentException($"The test needs at least three countries with a positive {index} in {from} and {to}.", nameof(index));
        var x = pairs.Select(p => Math.Log(p.Start)).ToList();
        var y = pairs.Select(p => Math.Log(p.End)).ToList();
        var r = Correlation(x.Zip(y, (a, b) => a + b).ToList(), x.Zip(y, (a, b) => a - b).ToList());
        var df = pairs.Count - 2;
        var t = r * Math.Sqrt(df) / Math.Sqrt(Math.Max(0, 1 - r * r));
        var p = double.IsNaN(t) ? double.NaN : StudentT.TwoSidedP(t, df);
        var start = Descriptive.Summarise(pairs.Select(p => p.Start).ToList());
        var end = Descriptive.Summarise(pairs.Select(p => p.End).ToList());
        return new SigmaConvergenceTest(index, from, to, new Coverage([from, to], pairs.Count, dataset.Countries.Count - pairs.Count),
            Descriptive.PopulationStdDev(x), Descriptive.PopulationStdDev(y), start.CoefficientOfVariation, end.CoefficientOfVariation, r, t, p)
            { Flagged = flagged, Excluded = excluded };
    }

    private static double Correlation(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        var ma = a.Average();
        var mb = b.Average();
        double saa = 0, sbb = 0, sab = 0;
        for (var i = 0; i < a.Count; i++)
        {
            saa += (a[i] - ma) * (a[i] - ma);
            sbb += (b[i] - mb) * (b[i] - mb);
            sab += (a[i] - ma) * (b[i] - mb);
        }
        return saa == 0 || sbb == 0 ? double.NaN : sab / Math.Sqrt(saa * sbb);
    }

    /// <summary>
    /// The countries with a value in both editions that are kept (<paramref name="flagged"/>) and positive in both, ISO3 order,
    /// and the flags of the values left out: flagged ones, and zeros (whose logarithm is undefined) that carry a flag.
    /// </summary>
    private static (List<(string Iso3, double Start, double End)> Pairs, IReadOnlyList<QualityFlag> Excluded) PositivePairs(
        SurveyDataset dataset, SurveyIndex index, int from, int to, FlaggedValues flagged)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        if (to <= from) throw new ArgumentException("The later edition must come after the earlier one.", nameof(to));
        var filter = new FlagFilter(dataset, flagged);
        var field = FlagFilter.FieldOf(index);
        var start = RankingAnalysis.EditionRecords(dataset, from).ToDictionary(r => r.Iso3, r => r.Value(index));
        var end = RankingAnalysis.EditionRecords(dataset, to).ToDictionary(r => r.Iso3, r => r.Value(index));
        var pairs = new List<(string Iso3, double Start, double End)>();
        foreach (var (iso3, a) in start.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (a is not { } x || !end.TryGetValue(iso3, out var b) || b is not { } y) continue;
            // Both editions are checked (not short-circuited), so both flagged values of a country are listed.
            if (!(filter.Keep(from, iso3, field) & filter.Keep(to, iso3, field))) continue;
            if (x <= 0m || y <= 0m)
            {
                if (x <= 0m) filter.LeftOut(from, iso3, field);
                if (y <= 0m) filter.LeftOut(to, iso3, field);
                continue;
            }
            pairs.Add((iso3, (double)x, (double)y));
        }
        return (pairs, filter.Excluded);
    }
}
