namespace EGov.Analysis;

/// <summary>The outcome of checking a claim against the data.</summary>
public enum ClaimVerdict
{
    /// <summary>The computed value matches the claimed one within the claim's tolerance.</summary>
    Reproduced,
    /// <summary>The claim can be computed from the data and the computed value does not match.</summary>
    NotReproduced,
    /// <summary>The index data cannot check the claim (it is shown as such, never as passed).</summary>
    NotCheckable,
}

/// <summary>Words for <see cref="ClaimVerdict"/>.</summary>
public static class ClaimVerdicts
{
    /// <summary>"reproduced", "not reproduced" or "not checkable".</summary>
    public static string Label(this ClaimVerdict verdict) => verdict switch
    {
        ClaimVerdict.Reproduced => "reproduced",
        ClaimVerdict.NotReproduced => "not reproduced",
        ClaimVerdict.NotCheckable => "not checkable",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict), verdict, "Unknown verdict."),
    };
}
