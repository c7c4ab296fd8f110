using Deedle;
using EGov.Data;

namespace EGov.Analysis;

/// <summary>
/// Beta convergence of an index between two editions: OLS of growth (see <see cref="Growth"/>) on ln(value in the earlier
/// edition), over the countries with a positive value in both editions. A negative slope means countries starting lower
/// grew faster; it counts as convergence only when the slope differs from 0 at the 5 % level (<see cref="Verdict"/>).
/// </summary>
/// <param name="Index">The index.</param>
/// <param name="From">The earlier edition.</param>
/// <param name="To">The later edition.</param>
/// <param name="Growth">How growth is measured.</param>
/// <param name="Coverage">Both editions; the countries used; the member states left out (not assessed in either, a flagged value, or a zero value whose log is undefined).</param>
/// <param name="Fit">Slope (with its standard error, p-value and confidence interval), intercept, R² and n of the regression.</param>
public sealed record BetaConvergence(SurveyIndex Index, int From, int To, GrowthMeasure Growth, Coverage Coverage, LinearFit Fit)
{
    /// <summary>The column names of <see cref="ResultFrames.ToFrame(IEnumerable{BetaConvergence})"/>.</summary>
    public static class Columns
    {
        /// <summary>The number of countries in the fit.</summary>
        public const string Countries = "Countries";

        /// <summary>How many flagged values were left out.</summary>
        public const string FlaggedValuesLeftOut = "Flagged values left out";

        /// <summary>The slope of the fit.</summary>
        public const string Slope = "Slope";

        /// <summary>The standard error of the slope.</summary>
        public const string StdError = "Std. error";

        /// <summary>The lower end of the slope's 95 % confidence interval.</summary>
        public const string CiLow = "95% CI low";

        /// <summary>The upper end of the slope's 95 % confidence interval.</summary>
        public const string CiHigh = "95% CI high";

        /// <summary>R² of the fit.</summary>
        public const string RSquared = "R²";

        /// <summary>The p-value of the slope.</summary>
        public const string PValue = "p-value";

        /// <summary>The verdict in words.</summary>
        public const string Verdict = "Verdict";
    }

    /// <summary>Whether flagged values were left out (<see cref="FlaggedValues"/>).</summary>
    public FlaggedValues Flagged { get; init; }

    /// <summary>The flagged values left out, in the order of data/quality-flags.csv, with the reason.</summary>
    public IReadOnlyList<QualityFlag> Excluded { get; init; } = [];

    /// <summary><see cref="Excluded"/> as a frame (<see cref="ExcludedValues.ToFrame"/>).</summary>
    public Frame<int, string> ExcludedFrame() => ExcludedValues.ToFrame(Excluded);

    /// <summary><see cref="Excluded"/> for printed output, one line per field, flag and edition (<see cref="ExcludedValues.Report"/>).</summary>
    public string LeftOut => ExcludedValues.Report(Excluded);

    /// <summary>Converging, diverging, or no significant convergence: the slope's sign, counted only when its p-value is below 5 %.</summary>
    public ConvergenceVerdict Verdict => ConvergenceVerdicts.Of(Fit.Slope < 0, Fit.SlopeP);

    /// <summary>True only when the slope is negative and significant at the 5 % level.</summary>
    public bool Converging => Verdict == ConvergenceVerdict.Converging;

    /// <summary>
    /// One row per regression keyed by index and period ("EGDI 2014-2024"): Countries, "Flagged values left out" (the count of
    /// <see cref="Excluded"/>), Slope, "Std. error", "95% CI low", "95% CI high", R²,
    /// "p-value" and Verdict.
    /// </summary>
    internal static Frame<string, string> ToFrame(IReadOnlyList<BetaConvergence> results) =>
        new TableBuilder<BetaConvergence, string>(results, b => $"{SurveyColumns.Of(b.Index)} {b.From}-{b.To}")
            .Integer(Columns.Countries, b => b.Fit.N)
            .Integer(Columns.FlaggedValuesLeftOut, b => b.Excluded.Count)
            .Number(Columns.Slope, b => b.Fit.Slope)
            .Number(Columns.StdError, b => b.Fit.SlopeStandardError)
            .Number(Columns.CiLow, b => b.Fit.SlopeConfidenceInterval().Low)
            .Number(Columns.CiHigh, b => b.Fit.SlopeConfidenceInterval().High)
            .Number(Columns.RSquared, b => b.Fit.RSquared)
            .Number(Columns.PValue, b => b.Fit.SlopeP)
            .Text(Columns.Verdict, b => b.Verdict.Label())
            .Frame;
}
