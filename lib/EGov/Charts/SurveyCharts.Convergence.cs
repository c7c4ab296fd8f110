using EGov.Analysis;
using EGov.Data;
using Plotly.NET;
using static EGov.Charts.PlotlyFs;

namespace EGov.Charts;

public static partial class SurveyCharts
{
    /// <summary>
    /// Sigma convergence: the coefficient of variation of an index per edition (a falling line means the countries drew closer),
    /// from <see cref="SurveyAnalysis.SigmaConvergence"/>, each point labelled with its value. The title states the first and last values.
    /// Descriptive only: whether a change is significant is <see cref="SurveyAnalysis.SigmaConvergenceTest"/>'s question. Flagged values are
    /// left out by default (<see cref="FlaggedValues"/>), and the note under the chart names them.
    /// </summary>
    public static GenericChart SigmaConvergence(Survey survey, SurveyIndex index, FlaggedValues flagged = FlaggedValues.Exclude)
    {
        Require(survey);
        var sigma = survey.SigmaConvergence(index, flagged: flagged);
        var chart = Line(sigma.Select(s => s.Edition), sigma.Select(s => s.CoefficientOfVariation), "Coefficient of variation",
            IndexColors.Of(index), text: sigma.Select(s => F(s.CoefficientOfVariation, 2)), showLegend: false,
            textPosition: StyleParam.TextPosition.TopCenter);
        var editions = sigma.Select(s => s.Edition).ToList();
        // The finding: the peak and the last value, and the test over the longest span free of flagged values (the same countries in both).
        var last = sigma[^1];
        var peak = sigma.MaxBy(s => s.CoefficientOfVariation)!;
        var clean = sigma.FirstOrDefault(s => s.Excluded.Count == 0 && s.Edition < last.Edition) ?? sigma[0];
        var test = survey.SigmaConvergenceTest(index, clean.Edition, last.Edition, flagged);
        var verdict = test.Verdict switch
        {
            ConvergenceVerdict.Converging => "a significant fall",
            ConvergenceVerdict.Diverging => "a significant rise",
            _ => "no significant change",
        };
        var name = ChartText.ShortName(index);
        var shape = peak == last ? $"The spread of the {name} rose to {F(last.CoefficientOfVariation, 2)} in {last.Edition}"
            : $"The spread of the {name} peaked at {F(peak.CoefficientOfVariation, 2)} in {peak.Edition} and was {F(last.CoefficientOfVariation, 2)} in {last.Edition}";
        var counts = sigma.Select(s => s.Coverage.Countries).Distinct().Count() == 1 ? $"n = {last.Coverage.Countries} in every edition"
            : $"n = {sigma.Min(s => s.Coverage.Countries)} to {sigma.Max(s => s.Coverage.Countries)} countries assessed per edition";
        return new ChartLayout(
                $"{shape}; {clean.Edition}-{last.Edition}: {verdict} (p {PText(test.PValue)})",
                $"Coefficient of variation = population SD / mean of the countries assessed in each edition ({counts}); test: Pitman-Morgan on ln {name}, the {test.Coverage.Countries} countries of both editions",
                "Survey edition", $"Coefficient of variation of {ChartText.ShortName(index)} (ratio)", editions)
            {
                Note = ChartText.WithExcluded(ChartText.MethodologyCaveat, sigma.SelectMany(s => s.Excluded), flagged),
                // From 0, so the line's rises and falls look as large as they are (room above the highest value for its label).
                YRange = (0, peak.CoefficientOfVariation * 1.12),
            }
            .Apply(chart);
    }

    /// <summary>
    /// Beta convergence between two editions: each country's start value (log scale: the regression is on its logarithm)
    /// against its annualised log growth, with the OLS line of <see cref="SurveyAnalysis.BetaConvergence"/>; the lowest start and the fastest
    /// and slowest growth are named. The title states the verdict at the 5 % level; the subtitle gives the slope, its
    /// 95 % confidence interval, the p-value, R² and n. Flagged values are left out by default (<see cref="FlaggedValues"/>),
    /// and the note under the chart names them.
    /// </summary>
    public static GenericChart BetaConvergence(Survey survey, SurveyIndex index, int from, int to, FlaggedValues flagged = FlaggedValues.Exclude)
    {
        Require(survey);
        var beta = survey.BetaConvergence(index, from, to, GrowthMeasure.AnnualisedLog, flagged);
        var points = survey.BetaPoints(index, from, to, GrowthMeasure.AnnualisedLog, flagged);
        var names = CountriesOf(survey);
        // The fit is on ln(start); the axis shows the start value itself on a log scale, where the fitted line is straight.
        var xs = points.Select(p => p.LogStart).ToList();
        var line = Enumerable.Range(0, 2).Select(i => xs.Min() + i * (xs.Max() - xs.Min())).ToArray();
        var scatter = Point(points.Select(p => Math.Exp(p.LogStart)), points.Select(p => p.Growth), "Countries", OkabeIto.Blue,
            points.Select(p => $"{names[p.Iso3].Name}: {F(p.Start)} -> {F(p.End)}"));
        var fit = Line(line.Select(Math.Exp), line.Select(x => beta.Fit.Intercept + beta.Fit.Slope * x), "OLS fit", OkabeIto.Vermillion, showMarkers: false);
        // The extremes are named: the lowest start and the fastest and slowest growth (often one country that moves the slope).
        var extremes = new[] { points.MinBy(p => p.LogStart)!, points.MaxBy(p => p.Growth)!, points.MinBy(p => p.Growth)! }.DistinctBy(p => p.Iso3).ToList();
        var labels = extremes.Select(p => DataLabel(Math.Log10(Math.Exp(p.LogStart)), p.Growth, $" {names[p.Iso3].Name} ({F(p.Start, 4)})", OkabeIto.Black, 11)).ToList();
        var logRange = (Math.Log10(Math.Exp(xs.Min())) - 0.08, 0.0);
        var (low, high) = beta.Fit.SlopeConfidenceInterval();
        var name = ChartText.ShortName(index);
        var title = beta.Verdict switch
        {
            ConvergenceVerdict.Converging => $"Countries with a lower {name} in {from} grew faster to {to}: beta convergence",
            ConvergenceVerdict.Diverging => $"Countries with a higher {name} in {from} grew faster to {to}: beta divergence",
            _ => $"No significant beta convergence of the {name}, {from}-{to}",
        };
        return new ChartLayout(title,
                $"slope {F(beta.Fit.Slope, 4)} (95% CI {F(low, 4)} to {F(high, 4)}), p {PText(beta.Fit.SlopeP)}, R² {F(beta.Fit.RSquared, 3)}, n={beta.Fit.N} countries with a positive value in both editions",
                $"{name} in {from} (index, 0-1; log scale)", $"Annualised log growth of {name}, {from}-{to} (per year)", [from, to])
            { Note = ChartText.WithExcluded(ChartText.MethodologyCaveat, beta.Excluded, flagged), XLog = true, XRange = logRange, Annotations = labels }
            .Apply(Combine([scatter, fit]));
    }

    /// <summary>A p-value after "p": "&lt; 0.001" or "= 0.661".</summary>
    private static string PText(double p) => Significance.Format(p) is var text && text.StartsWith('<') ? text : "= " + text;
}
