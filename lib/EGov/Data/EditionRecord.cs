namespace EGov.Data;

/// <summary>
/// One member state in one edition of the survey, as in the canonical <c>data/egdi.csv</c>.
/// Index values keep the precision the UN published (a <see cref="decimal"/> keeps its trailing zeros);
/// <c>null</c> means "not assessed in this edition" (see data/README.md, "Not assessed").
/// </summary>
/// <param name="Edition">The survey edition (year of publication), e.g. 2020.</param>
/// <param name="Iso3">ISO 3166-1 alpha-3 code of the country.</param>
/// <param name="CountryName">The country name as the source published it, surrounding whitespace removed.</param>
/// <param name="Egdi">E-Government Development Index.</param>
/// <param name="Osi">Online Service Index.</param>
/// <param name="Hci">Human Capital Index.</param>
/// <param name="Tii">Telecommunication Infrastructure Index.</param>
/// <param name="Epi">E-Participation Index.</param>
/// <param name="EgdiRank">The published EGDI rank (1 = best).</param>
public sealed record EditionRecord(
    int Edition,
    string Iso3,
    string CountryName,
    decimal? Egdi,
    decimal? Osi,
    decimal? Hci,
    decimal? Tii,
    decimal? Epi,
    int? EgdiRank)
{
    /// <summary>The value of one index, or <c>null</c> when not assessed.</summary>
    public decimal? Value(SurveyIndex index) => IndexValues.Pick(index, Egdi, Osi, Hci, Tii, Epi);

    /// <summary>True when the country was assessed in this edition (it has an EGDI).</summary>
    public bool IsAssessed => Egdi is not null;
}
