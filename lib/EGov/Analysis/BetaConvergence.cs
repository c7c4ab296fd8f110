using EGov.Data;

namespace EGov.Analysis;

/// <summary>
/// Beta convergence of an index between two editions: OLS of growth (see <see cref="Growth"/>) on ln(value in the earlier
/// edition), over the countries with a positive value in both editions. A negative slope means countries starting lower
/// grew faster (convergence).
/// </summary>
/// <param name="Index">The index.</param>
/// <param name="From">The earlier edition.</param>
/// <param name="To">The later edition.</param>
/// <param name="Growth">How growth is measured.</param>
/// <param name="Coverage">Both editions; the countries used; the member states left out (not assessed in either, or a zero value whose log is undefined).</param>
/// <param name="Fit">Slope, intercept, R² and n of the regression.</param>
public sealed record BetaConvergence(SurveyIndex Index, int From, int To, GrowthMeasure Growth, Coverage Coverage, LinearFit Fit)
{
    /// <summary>True when the slope is negative.</summary>
    public bool Converging => Fit.Slope < 0;
}
