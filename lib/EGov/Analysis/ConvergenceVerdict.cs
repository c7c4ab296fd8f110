namespace EGov.Analysis;

/// <summary>What a convergence test says at the 5 % level (<see cref="Significance.Level"/>).</summary>
public enum ConvergenceVerdict
{
    /// <summary>Significantly converging: lower starters grew faster (beta), or the spread fell (sigma).</summary>
    Converging,
    /// <summary>Significantly diverging: lower starters grew slower (beta), or the spread rose (sigma).</summary>
    Diverging,
    /// <summary>No significant change either way: the data do not show convergence or divergence.</summary>
    NotSignificant,
}

/// <summary>Words for <see cref="ConvergenceVerdict"/>.</summary>
public static class ConvergenceVerdicts
{
    /// <summary>"converging", "diverging" or "no significant convergence".</summary>
    public static string Label(this ConvergenceVerdict verdict) => verdict switch
    {
        ConvergenceVerdict.Converging => "converging",
        ConvergenceVerdict.Diverging => "diverging",
        ConvergenceVerdict.NotSignificant => "no significant convergence",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "Unknown verdict."),
    };

    /// <summary>The verdict of a test: the direction's sign counts only when p is below the 5 % level.</summary>
    /// <param name="converges">True when the estimate points to convergence (a negative beta slope, a falling spread).</param>
    /// <param name="p">The test's p-value.</param>
    internal static ConvergenceVerdict Of(bool converges, double p) =>
        !Significance.IsSignificant(p) ? ConvergenceVerdict.NotSignificant
        : converges ? ConvergenceVerdict.Converging : ConvergenceVerdict.Diverging;
}
