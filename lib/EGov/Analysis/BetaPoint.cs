using Deedle;

namespace EGov.Analysis;

/// <summary>One country of a beta-convergence regression (<see cref="Convergence.BetaPoints"/>): its start and end values and the regression's x and y.</summary>
/// <param name="Iso3">The country.</param>
/// <param name="Name">The country's name as published in the later edition.</param>
/// <param name="Start">The value in the earlier edition (positive).</param>
/// <param name="End">The value in the later edition (positive).</param>
/// <param name="LogStart">ln(Start): the regression's x.</param>
/// <param name="Growth">The growth from Start to End as the regression measures it (<see cref="GrowthMeasure"/>): its y.</param>
public sealed record BetaPoint(string Iso3, string Name, decimal Start, decimal End, double LogStart, double Growth)
{
    /// <summary>A frame keyed by ISO3: Country, Start, End, LogStart, Growth.</summary>
    internal static Frame<string, string> ToFrame(IReadOnlyList<BetaPoint> points) =>
        new TableBuilder<BetaPoint, string>(points, p => p.Iso3)
            .Text("Country", p => p.Name)
            .Number("Start", p => (double)p.Start)
            .Number("End", p => (double)p.End)
            .Number("LogStart", p => p.LogStart)
            .Number("Growth", p => p.Growth)
            .Frame;
}
