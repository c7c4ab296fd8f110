namespace EGov.Data;

/// <summary>One spelling of a country name seen in a source, and the country it means (<c>data/country-aliases.csv</c>).</summary>
/// <param name="Alias">The spelling, surrounding whitespace removed.</param>
/// <param name="Iso3">The country's ISO3 code.</param>
/// <param name="SeenIn">Where the spelling was seen, e.g. "UN export 2003-2022; UNU-EGOV egdi 2010-2018".</param>
public sealed record CountryAlias(string Alias, string Iso3, string SeenIn);
