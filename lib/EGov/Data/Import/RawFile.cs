namespace EGov.Data.Import;

/// <summary>What one input file contributed: edition rows, name evidence, country rows and M49 rows (any of them may be empty).</summary>
/// <param name="Path">The file's path as given.</param>
/// <param name="Format">Its format.</param>
/// <param name="Rows">Edition rows.</param>
/// <param name="Names">Names seen next to an ISO3 code.</param>
/// <param name="Countries">Country rows (UNU-EGOV countries only), each with its line.</param>
public sealed record RawFile(string Path, RawFormat Format, IReadOnlyList<RawEditionRow> Rows, IReadOnlyList<NameEvidence> Names, IReadOnlyList<Located<Country>> Countries)
{
    /// <summary>The rows of an M49 file (<see cref="RawFormat.M49"/>) that carry an ISO3 code, each with its line.</summary>
    public IReadOnlyList<Located<M49Row>> M49Rows { get; init; } = [];
}
