namespace EGov.Data.Import;

/// <summary>One country in one edition as read from an input file, before names are resolved and placeholders removed.</summary>
/// <param name="File">The input file.</param>
/// <param name="Line">The 1-based line.</param>
/// <param name="Format">The file's format.</param>
/// <param name="Edition">The edition.</param>
/// <param name="Name">The country name as written, surrounding whitespace removed.</param>
/// <param name="Iso3">The ISO3 code when the file has one, else <c>null</c>.</param>
/// <param name="Egdi">EGDI as read (blank gives <c>null</c>).</param>
/// <param name="Osi">OSI as read.</param>
/// <param name="Hci">HCI as read.</param>
/// <param name="Tii">TII as read.</param>
/// <param name="Epi">EPI as read.</param>
/// <param name="Rank">EGDI rank as read.</param>
public sealed record RawEditionRow(
    string File, int Line, RawFormat Format, int Edition, string Name, string? Iso3,
    decimal? Egdi, decimal? Osi, decimal? Hci, decimal? Tii, decimal? Epi, int? Rank)
{
    /// <summary>True when the whole row says "not assessed" (<see cref="NotAssessedRule.Holds"/>), decided with the rest of its file.</summary>
    public bool NotAssessed { get; init; }

    /// <summary>The row as a record for the given ISO3 code; placeholders become missing values when the row is <see cref="NotAssessed"/>.</summary>
    public EditionRecord ToRecord(string iso3)
    {
        var record = new EditionRecord(Edition, iso3, Name, Egdi, Osi, Hci, Tii, Epi, Rank);
        return NotAssessed ? NotAssessedRule.Apply(record) : record;
    }

    /// <summary>The five index values, EGDI first.</summary>
    public IReadOnlyList<decimal?> Indices => [Egdi, Osi, Hci, Tii, Epi];
}
