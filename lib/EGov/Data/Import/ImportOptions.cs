namespace EGov.Data.Import;

/// <summary>How an import treats its baseline, and its bounds.</summary>
/// <param name="ReplaceEditions">
/// Let the inputs replace an edition the baseline already holds with different values. Off by default: an edition that
/// is already in the dataset may be imported again only with the same values (a changed published edition is refused).
/// </param>
/// <param name="Limits">The bounds; <c>null</c> for <see cref="ImportLimits.Default"/>.</param>
public sealed record ImportOptions(bool ReplaceEditions = false, ImportLimits? Limits = null)
{
    /// <summary>The defaults.</summary>
    public static ImportOptions Default { get; } = new();
}
