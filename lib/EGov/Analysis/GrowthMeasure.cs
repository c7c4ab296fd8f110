namespace EGov.Analysis;

/// <summary>The growth used as the dependent variable of a beta-convergence regression.</summary>
public enum GrowthMeasure
{
    /// <summary>Annualised log growth: ln(x_to / x_from) / (to - from) years.</summary>
    AnnualisedLog,
    /// <summary>Total log growth over the period: ln(x_to / x_from).</summary>
    TotalLog,
}
