using Deedle;
using EGov.Data;

namespace EGov.Analysis;

/// <summary>
/// A test of sigma convergence between two editions over the same countries (those with a positive value in both): did the
/// spread of ln(value) fall? The two spreads are not independent (the same countries), so the test is the Pitman-Morgan
/// test of equal variances of paired values (Pitman 1939; Morgan 1939): with x = ln(start), y = ln(end), the variances are
/// equal exactly when u = x + y and v = x - y are uncorrelated, so r = corr(u, v) is tested with t = r sqrt(n - 2) / sqrt(1 - r²)
/// on n - 2 degrees of freedom (exact for normal values, approximate otherwise). r &gt; 0 means the spread fell.
/// </summary>
/// <param name="Index">The index.</param>
/// <param name="From">The earlier edition.</param>
/// <param name="To">The later edition.</param>
/// <param name="Coverage">Both editions; the countries used; the member states left out.</param>
/// <param name="SdLogFrom">Population standard deviation of ln(value) in the earlier edition, over the countries used.</param>
/// <param name="SdLogTo">The same in the later edition.</param>
/// <param name="CvFrom">Coefficient of variation of the values in the earlier edition, over the countries used.</param>
/// <param name="CvTo">The same in the later edition.</param>
/// <param name="Correlation">r = corr(x + y, x - y).</param>
/// <param name="TStatistic">r sqrt(n - 2) / sqrt(1 - r²).</param>
/// <param name="PValue">Two-sided p-value of t on n - 2 degrees of freedom.</param>
public sealed record SigmaConvergenceTest(SurveyIndex Index, int From, int To, Coverage Coverage, double SdLogFrom, double SdLogTo,
    double CvFrom, double CvTo, double Correlation, double TStatistic, double PValue)
{
    /// <summary>The column names of <see cref="ResultFrames.ToFrame(IEnumerable{SigmaConvergenceTest})"/>.</summary>
    public static class Columns
    {
        /// <summary>The number of countries compared.</summary>
        public const string Countries = "Countries";

        /// <summary>How many flagged values were left out.</summary>
        public const string FlaggedValuesLeftOut = "Flagged values left out";

        /// <summary>The standard deviation of the logarithm in the first edition.</summary>
        public const string SdLogFrom = "SD of ln, from";

        /// <summary>The standard deviation of the logarithm in the last edition.</summary>
        public const string SdLogTo = "SD of ln, to";

        /// <summary>The coefficient of variation in the first edition.</summary>
        public const string CvFrom = "CV from";

        /// <summary>The coefficient of variation in the last edition.</summary>
        public const string CvTo = "CV to";

        /// <summary>The p-value of the test.</summary>
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

    /// <summary>Converging (the spread fell significantly), diverging (it rose significantly), or no significant change.</summary>
    public ConvergenceVerdict Verdict => ConvergenceVerdicts.Of(SdLogTo < SdLogFrom, PValue);

    /// <summary>
    /// One row per test keyed by index and period ("EGDI 2014-2024"): Countries, "Flagged values left out" (the count of
    /// <see cref="Excluded"/>), "SD of ln, from", "SD of ln, to", "CV from", "CV to",
    /// "p-value" and Verdict.
    /// </summary>
    internal static Frame<string, string> ToFrame(IReadOnlyList<SigmaConvergenceTest> results) =>
        new TableBuilder<SigmaConvergenceTest, string>(results, s => $"{SurveyColumns.Of(s.Index)} {s.From}-{s.To}")
            .Integer(Columns.Countries, s => s.Coverage.Countries)
            .Integer(Columns.FlaggedValuesLeftOut, s => s.Excluded.Count)
            .Number(Columns.SdLogFrom, s => s.SdLogFrom)
            .Number(Columns.SdLogTo, s => s.SdLogTo)
            .Number(Columns.CvFrom, s => s.CvFrom)
            .Number(Columns.CvTo, s => s.CvTo)
            .Number(Columns.PValue, s => s.PValue)
            .Text(Columns.Verdict, s => s.Verdict.Label())
            .Frame;
}
