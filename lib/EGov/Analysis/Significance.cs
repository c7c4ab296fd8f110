using System.Globalization;

namespace EGov.Analysis;

/// <summary>The significance level the collection tests at, and how p-values are written.</summary>
public static class Significance
{
    /// <summary>5 %: a result is called significant when its p-value is below this.</summary>
    public const double Level = 0.05;

    /// <summary>True when p is a number below <see cref="Level"/>.</summary>
    public static bool IsSignificant(double p) => !double.IsNaN(p) && p < Level;

    /// <summary>A p-value as written in the notebooks: "&lt; 0.001" below 0.001, else three decimals ("0.661"); "–" for NaN.</summary>
    public static string Format(double p) =>
        double.IsNaN(p) ? "–" : p < 0.001 ? "< 0.001" : p.ToString("0.000", CultureInfo.InvariantCulture);
}
