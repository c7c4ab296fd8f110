namespace EGov.Data.Import;

/// <summary>A country name written next to an ISO3 code in an input file: evidence for an alias.</summary>
/// <param name="Name">The name, surrounding whitespace removed.</param>
/// <param name="Iso3">The code beside it.</param>
/// <param name="SeenIn">The kind of source, e.g. "UNU-EGOV egdi".</param>
/// <param name="File">The file.</param>
/// <param name="Line">The 1-based line.</param>
public sealed record NameEvidence(string Name, string Iso3, string SeenIn, string File, int Line);
