using EGov.Analysis;
using EGov.Data;
using Plotly.NET;
using static EGov.Charts.PlotlyFs;

namespace EGov.Charts;

public static partial class SurveyCharts
{
    /// <summary>Sigma convergence: the coefficient of variation of an index per edition (a falling line means convergence), from <see cref="Convergence.Sigma"/>.</summary>
    public static GenericChart SigmaConvergence(Survey survey, SurveyIndex index = SurveyIndex.Egdi)
    {
        Require(survey);
        var sigma = survey.SigmaConvergence(index);
        var chart = Line(sigma.Select(s => s.Edition), sigma.Select(s => s.CoefficientOfVariation), "Coefficient of variation",
            IndexColors.Of(index), text: sigma.Select(s => $"{s.Edition}: CV {F(s.CoefficientOfVariation)}, n={s.Coverage.Countries}"), showLegend: false);
        var editions = sigma.Select(s => s.Edition).ToList();
        return new ChartLayout($"Sigma convergence of the {ChartText.ShortName(index)}, {editions[0]}-{editions[^1]}",
                "Coefficient of variation (population SD / mean) of the countries assessed in each edition; falling = converging",
                "Survey edition", $"Coefficient of variation of {ChartText.ShortName(index)} (ratio)", editions) { Note = ChartText.MethodologyCaveat }
            .Apply(chart);
    }

    /// <summary>
    /// Beta convergence between two editions: each country's ln(start value) against its annualised log growth
    /// (<see cref="Convergence.BetaPoints"/>), with the OLS line of <see cref="Convergence.Beta"/> and its slope, R² and n in the subtitle.
    /// </summary>
    public static GenericChart BetaConvergence(Survey survey, int from, int to, SurveyIndex index = SurveyIndex.Egdi)
    {
        Require(survey);
        var beta = survey.BetaConvergence(index, from, to, GrowthMeasure.AnnualisedLog);
        var points = survey.BetaPoints(index, from, to, GrowthMeasure.AnnualisedLog);
        var xs = points.Select(p => p.LogStart).ToList();
        var line = new[] { xs.Min(), xs.Max() };
        var scatter = Point(xs, points.Select(p => p.Growth), "Countries", OkabeIto.Blue, points.Select(p => $"{p.Name}: {F((double)p.Start)} -> {F((double)p.End)}"));
        var fit = Line(line, line.Select(x => beta.Fit.Intercept + beta.Fit.Slope * x), "OLS fit", OkabeIto.Vermillion, showMarkers: false);
        var verdict = beta.Converging ? "converging" : "not converging";
        return new ChartLayout($"Beta convergence of the {ChartText.ShortName(index)}, {from}-{to}",
                $"slope {F(beta.Fit.Slope, 4)} ({verdict}), R² {F(beta.Fit.RSquared, 3)}, n={beta.Fit.N} countries with a positive value in both editions",
                $"ln({ChartText.ShortName(index)} in {from})", $"Annualised log growth of {ChartText.ShortName(index)}, {from}-{to} (per year)", [from, to])
            { Note = ChartText.MethodologyCaveat }
            .Apply(Combine([scatter, fit]));
    }
}
