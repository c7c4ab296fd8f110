namespace EGov.Analysis;

/// <summary>
/// Descriptive statistics of a list of values. Quartiles and median use linear interpolation between order statistics
/// (Hyndman and Fan type 7, as Excel QUARTILE.INC, R's default and numpy's default). The standard deviation is the
/// POPULATION one (divided by n, not n - 1), because the survey covers every member state, not a sample.
/// </summary>
/// <param name="Count">Number of values.</param>
/// <param name="Mean">Arithmetic mean.</param>
/// <param name="Median">Median (type 7 quantile at 0.5).</param>
/// <param name="Q1">First quartile (type 7 quantile at 0.25).</param>
/// <param name="Q3">Third quartile (type 7 quantile at 0.75).</param>
/// <param name="Min">Smallest value.</param>
/// <param name="Max">Largest value.</param>
/// <param name="StdDev">Population standard deviation.</param>
/// <param name="CoefficientOfVariation">StdDev / Mean (NaN when the mean is 0).</param>
public sealed record Summary(int Count, double Mean, double Median, double Q1, double Q3, double Min, double Max, double StdDev, double CoefficientOfVariation);
