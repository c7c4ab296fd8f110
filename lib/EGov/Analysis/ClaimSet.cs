namespace EGov.Analysis;

/// <summary>A findings file: a source and its claims.</summary>
/// <param name="Name">The findings name, e.g. "china-2020".</param>
/// <param name="Source">The source citation shared by the claims.</param>
/// <param name="Claims">The claims in file order.</param>
public sealed record ClaimSet(string Name, string Source, IReadOnlyList<Claim> Claims)
{
    /// <summary>The claim with an id.</summary>
    /// <exception cref="KeyNotFoundException">No such claim.</exception>
    public Claim this[string id] => Claims.FirstOrDefault(c => c.Id == id) ?? throw new KeyNotFoundException($"No claim {id} in {Name}.");
}
