namespace EGov.Analysis;

/// <summary>One country in a beta-convergence regression.</summary>
/// <param name="Iso3">ISO3 code.</param>
/// <param name="Start">The value in the earlier edition.</param>
/// <param name="End">The value in the later edition.</param>
/// <param name="LogStart">ln(Start): the regression's x.</param>
/// <param name="Growth">The growth (annualised or total log growth): the regression's y.</param>
public sealed record BetaPoint(string Iso3, double Start, double End, double LogStart, double Growth);
