using Deedle;

namespace EGov.Analysis;

/// <summary>One country in a beta-convergence regression.</summary>
/// <param name="Iso3">ISO3 code.</param>
/// <param name="Start">The value in the earlier edition.</param>
/// <param name="End">The value in the later edition.</param>
/// <param name="LogStart">ln(Start): the regression's x.</param>
/// <param name="Growth">The growth (annualised or total log growth): the regression's y.</param>
public sealed record BetaPoint(string Iso3, double Start, double End, double LogStart, double Growth)
{
    /// <summary>A frame keyed by ISO3: Start, End, LogStart, Growth.</summary>
    internal static Frame<string, string> ToFrame(IReadOnlyList<BetaPoint> points) =>
        new TableBuilder<BetaPoint, string>(points, p => p.Iso3)
            .Number("Start", p => p.Start)
            .Number("End", p => p.End)
            .Number("LogStart", p => p.LogStart)
            .Number("Growth", p => p.Growth)
            .Frame;
}
