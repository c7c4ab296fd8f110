namespace EGov.Data;

/// <summary>
/// A published value that is kept as published but should not be taken at face value (<c>data/quality-flags.csv</c>;
/// data/README.md, "Quality flags"). Analyses can leave flagged values out.
/// </summary>
/// <param name="Edition">The edition.</param>
/// <param name="Iso3">The country.</param>
/// <param name="Field">The column of <c>egdi.csv</c> the value is in: egdi, osi, hci, tii, epi or egdi_rank.</param>
/// <param name="Flag">What is wrong with it.</param>
/// <param name="Reason">A sentence with the evidence, generated from the data.</param>
public sealed record QualityFlag(int Edition, string Iso3, string Field, QualityFlagKind Flag, string Reason);
