using Deedle;
using EGov.Data;

namespace EGov.Analysis;

/// <summary>The dispersion of one index in one edition (sigma convergence: a falling CV over editions means convergence).</summary>
/// <param name="Index">The index.</param>
/// <param name="Edition">The edition.</param>
/// <param name="Coverage">The edition and the number of countries with a value.</param>
/// <param name="Mean">Mean over those countries.</param>
/// <param name="StdDev">Population standard deviation.</param>
/// <param name="CoefficientOfVariation">StdDev / Mean.</param>
/// <param name="Gini">Population Gini.</param>
public sealed record SigmaPoint(SurveyIndex Index, int Edition, Coverage Coverage, double Mean, double StdDev, double CoefficientOfVariation, double Gini)
{
    /// <summary>The column names of <see cref="ResultFrames.ToFrame(IEnumerable{SigmaPoint})"/>.</summary>
    public static class Columns
    {
        /// <summary>The number of countries.</summary>
        public const string Countries = "Countries";

        /// <summary>How many flagged values were left out.</summary>
        public const string FlaggedValuesLeftOut = "Flagged values left out";

        /// <summary>The mean.</summary>
        public const string Mean = "Mean";

        /// <summary>The population standard deviation.</summary>
        public const string StdDev = "StdDev";

        /// <summary>The coefficient of variation.</summary>
        public const string CV = "CV";

        /// <summary>The Gini coefficient.</summary>
        public const string Gini = "Gini";
    }

    /// <summary>Whether flagged values were left out (<see cref="FlaggedValues"/>).</summary>
    public FlaggedValues Flagged { get; init; }

    /// <summary>The flagged values of this edition left out, in the order of data/quality-flags.csv, with the reason.</summary>
    public IReadOnlyList<QualityFlag> Excluded { get; init; } = [];

    /// <summary><see cref="Excluded"/> as a frame (<see cref="ExcludedValues.ToFrame"/>).</summary>
    public Frame<int, string> ExcludedFrame() => ExcludedValues.ToFrame(Excluded);

    /// <summary><see cref="Excluded"/> for printed output, one line per field, flag and edition (<see cref="ExcludedValues.Report"/>).</summary>
    public string LeftOut => ExcludedValues.Report(Excluded);

    /// <summary>
    /// A frame keyed by edition: Countries, "Flagged values left out" (how many flagged values the edition's statistics leave out),
    /// Mean, StdDev, CV, Gini. Which values and why: <see cref="ExcludedValues.ToFrame"/> of the points' <see cref="Excluded"/>.
    /// </summary>
    internal static Frame<int, string> ToFrame(IReadOnlyList<SigmaPoint> points) =>
        new TableBuilder<SigmaPoint, int>(points, p => p.Edition)
            .Integer(Columns.Countries, p => p.Coverage.Countries)
            .Integer(Columns.FlaggedValuesLeftOut, p => p.Excluded.Count)
            .Number(Columns.Mean, p => p.Mean)
            .Number(Columns.StdDev, p => p.StdDev)
            .Number(Columns.CV, p => p.CoefficientOfVariation)
            .Number(Columns.Gini, p => p.Gini)
            .Frame;
}
