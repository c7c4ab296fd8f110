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
