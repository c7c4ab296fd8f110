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
    /// <summary>A frame keyed by edition: Countries, Mean, StdDev, CV, Gini.</summary>
    internal static Frame<int, string> ToFrame(IReadOnlyList<SigmaPoint> points) =>
        new TableBuilder<SigmaPoint, int>(points, p => p.Edition)
            .Integer("Countries", p => p.Coverage.Countries)
            .Number("Mean", p => p.Mean)
            .Number("StdDev", p => p.StdDev)
            .Number("CV", p => p.CoefficientOfVariation)
            .Number("Gini", p => p.Gini)
            .Frame;
}
