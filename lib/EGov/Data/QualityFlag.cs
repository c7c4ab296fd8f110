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
public sealed record QualityFlag(int Edition, string Iso3, string Field, QualityFlagKind Flag, string Reason)
{
    /// <summary>The column names of <see cref="Survey.QualityFlagsFrame"/> and of any list of flags as a frame (<c>.ToFrame()</c>).</summary>
    public static class Columns
    {
        /// <summary>The edition.</summary>
        public const string Edition = "edition";

        /// <summary>The ISO3 code of the country.</summary>
        public const string Iso3 = "iso3";

        /// <summary>The field flagged: a column of egdi.csv (egdi, osi, hci, tii, epi, egdi_rank).</summary>
        public const string Field = "field";

        /// <summary>The flag's code.</summary>
        public const string Flag = "flag";

        /// <summary>Why the value is flagged.</summary>
        public const string Reason = "reason";
    }
}
