namespace EGov.Data;

/// <summary>
/// One country's row of the UN Statistics Division's M49 list (<i>Standard country or area codes for statistical use</i>),
/// as data/countries.csv keeps it: codes of the country, its region and its sub-region, M49's own sub-region, the
/// Chinese names, and the special-situation flags the E-Government Survey compares (the LDC list changes as countries
/// graduate: data/README.md gives the date of the file).
/// </summary>
/// <param name="Code">The country's M49 code, three digits (e.g. "156").</param>
/// <param name="RegionCode">The region's code (e.g. "142" for Asia).</param>
/// <param name="SubRegionCode">The code of <see cref="Country.SubRegion"/>: an intermediate region's code where M49 has one, else the sub-region's.</param>
/// <param name="M49SubRegion">M49's sub-region proper (e.g. "Sub-Saharan Africa", "Latin America and the Caribbean").</param>
/// <param name="M49SubRegionCode">Its code.</param>
/// <param name="RegionZh">The region's Chinese name (e.g. 亚洲).</param>
/// <param name="SubRegionZh">The Chinese name of <see cref="Country.SubRegion"/>.</param>
/// <param name="LeastDeveloped">A least developed country (LDC).</param>
/// <param name="Landlocked">A landlocked developing country (LLDC).</param>
/// <param name="SmallIsland">A small island developing state (SIDS).</param>
public sealed record M49Entry(
    string Code,
    string RegionCode,
    string SubRegionCode,
    string M49SubRegion,
    string M49SubRegionCode,
    string RegionZh,
    string SubRegionZh,
    bool LeastDeveloped,
    bool Landlocked,
    bool SmallIsland);
