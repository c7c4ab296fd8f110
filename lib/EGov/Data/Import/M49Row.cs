namespace EGov.Data.Import;

/// <summary>One country or area of a UNSD M49 file (<see cref="RawFormat.M49"/>), in the file's language.</summary>
/// <param name="Chinese">True for the Chinese file (Global Name 世界), false for the English one (World).</param>
/// <param name="Iso3">ISO 3166-1 alpha-3 code.</param>
/// <param name="Code">The M49 code of the country or area.</param>
/// <param name="RegionCode">Region code.</param>
/// <param name="RegionName">Region name.</param>
/// <param name="SubRegionCode">Sub-region code.</param>
/// <param name="SubRegionName">Sub-region name.</param>
/// <param name="IntermediateCode">Intermediate region code, empty where M49 has none.</param>
/// <param name="IntermediateName">Intermediate region name, empty where M49 has none.</param>
/// <param name="LeastDeveloped">The LDC column holds x.</param>
/// <param name="Landlocked">The LLDC column holds x.</param>
/// <param name="SmallIsland">The SIDS column holds x.</param>
public sealed record M49Row(
    bool Chinese, string Iso3, string Code, string RegionCode, string RegionName, string SubRegionCode, string SubRegionName,
    string IntermediateCode, string IntermediateName, bool LeastDeveloped, bool Landlocked, bool SmallIsland)
{
    /// <summary>The survey's sub-region: the intermediate region where there is one, else the sub-region.</summary>
    public string SurveySubRegion => IntermediateName.Length > 0 ? IntermediateName : SubRegionName;

    /// <summary>The code of <see cref="SurveySubRegion"/>.</summary>
    public string SurveySubRegionCode => IntermediateCode.Length > 0 ? IntermediateCode : SubRegionCode;
}
