namespace EGov.Data.Import;

/// <summary>What one input file contributed: edition rows, name evidence and country rows (any of them may be empty).</summary>
/// <param name="Path">The file's path as given.</param>
/// <param name="Format">Its format.</param>
/// <param name="Rows">Edition rows.</param>
/// <param name="Names">Names seen next to an ISO3 code.</param>
/// <param name="Countries">Country rows (UNU-EGOV countries only), each with its line.</param>
public sealed record RawFile(string Path, RawFormat Format, IReadOnlyList<RawEditionRow> Rows, IReadOnlyList<NameEvidence> Names, IReadOnlyList<Located<Country>> Countries);
