using Deedle;
using EGov.Data;

namespace EGov.Analysis;

/// <summary>
/// An influence check of a beta-convergence regression (<see cref="BetaConvergence"/>): the country with the largest Cook's
/// distance, and the slope and R² with and without it (<see cref="Analysis.Influence"/>). A slope that moves much when one
/// country is dropped rests on that country.
/// </summary>
/// <param name="Index">The index.</param>
/// <param name="From">The earlier edition.</param>
/// <param name="To">The later edition.</param>
/// <param name="Iso3">The most influential country.</param>
/// <param name="Start">Its value in the earlier edition.</param>
/// <param name="Influence">Cook's distances of every country (in the order of <see cref="SurveyAnalysis.BetaPoints"/>) and both fits.</param>
public sealed record BetaInfluence(SurveyIndex Index, int From, int To, string Iso3, double Start, Influence Influence)
{
    /// <summary>The column names of <see cref="ToFrame()"/>.</summary>
    public static class Columns
    {
        /// <summary>The number of countries in the fit.</summary>
        public const string Countries = "Countries";

        /// <summary>The slope of the fit.</summary>
        public const string Slope = "Slope";

        /// <summary>The p-value of the slope.</summary>
        public const string PValue = "p-value";

        /// <summary>R² of the fit.</summary>
        public const string RSquared = "R²";

        /// <summary>The verdict in words.</summary>
        public const string Verdict = "Verdict";

        /// <summary>Cook's distance of the country left out.</summary>
        public const string CooksDistance = "Cook's distance of the country left out";
    }

    /// <summary>Cook's distance of the most influential country.</summary>
    public double CooksDistance => Influence.MaxCooksDistance;

    /// <summary>The fit of every country.</summary>
    public LinearFit Fit => Influence.Fit;

    /// <summary>The fit without the most influential country.</summary>
    public LinearFit FitWithout => Influence.FitWithout;

    /// <summary>
    /// Two rows, "all countries" and "without ISO3": Countries, Slope, "p-value", R² and the verdict; the second row also
    /// names the country left out and its Cook's distance.
    /// </summary>
    public Frame<string, string> ToFrame()
    {
        var rows = new[] { ("all countries", Fit, (double?)null), ($"without {Iso3}", FitWithout, (double?)CooksDistance) };
        return new TableBuilder<(string Key, LinearFit Fit, double? Cook), string>(rows, r => r.Key)
            .Integer(Columns.Countries, r => r.Fit.N)
            .Number(Columns.Slope, r => r.Fit.Slope)
            .Number(Columns.PValue, r => r.Fit.SlopeP)
            .Number(Columns.RSquared, r => r.Fit.RSquared)
            .Text(Columns.Verdict, r => ConvergenceVerdicts.Of(r.Fit.Slope < 0, r.Fit.SlopeP).Label())
            .Number(Columns.CooksDistance, r => r.Cook)
            .Frame;
    }
}
