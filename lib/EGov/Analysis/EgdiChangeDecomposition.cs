using Deedle;
using EGov.Data;

namespace EGov.Analysis;

/// <summary>
/// A country's EGDI change between two editions split into its components: EGDI = (OSI + HCI + TII) / 3, so each component
/// contributes Δcomponent / 3. <see cref="Residual"/> = ΔEGDI - the three contributions: the rounding of the published values
/// (at most about 0.0001), or, in 2008 and 2010, the UN's EGDI not being exactly the mean of its components.
/// </summary>
/// <param name="Iso3">ISO3 code.</param>
/// <param name="From">The earlier edition.</param>
/// <param name="To">The later edition.</param>
/// <param name="EgdiFrom">EGDI in the earlier edition.</param>
/// <param name="EgdiTo">EGDI in the later edition.</param>
/// <param name="EgdiChange">EgdiTo - EgdiFrom.</param>
/// <param name="OsiContribution">ΔOSI / 3.</param>
/// <param name="HciContribution">ΔHCI / 3.</param>
/// <param name="TiiContribution">ΔTII / 3.</param>
/// <param name="Residual">EgdiChange - (OSI + HCI + TII contributions).</param>
public sealed record EgdiChangeDecomposition(
    string Iso3,
    int From,
    int To,
    decimal EgdiFrom,
    decimal EgdiTo,
    decimal EgdiChange,
    decimal OsiContribution,
    decimal HciContribution,
    decimal TiiContribution,
    decimal Residual)
{
    /// <summary>The column names of <see cref="ToFrame()"/>, besides the index columns of <see cref="SurveyColumns"/>.</summary>
    public static class Columns
    {
        /// <summary><see cref="ToFrame()"/>: the change of the component (for the residual and the EGDI, their own value).</summary>
        public const string Change = "Change";

        /// <summary><see cref="ToFrame()"/>: the contribution to the EGDI change.</summary>
        public const string Contribution = "Contribution";

        /// <summary><see cref="ToFrame()"/>: the contribution as a share of the EGDI change, in percent.</summary>
        public const string ShareOfEgdiChangePercent = "Share of EGDI change %";

        /// <summary>A list of decompositions: the first edition.</summary>
        public const string From = "From";

        /// <summary>A list of decompositions: the second edition.</summary>
        public const string To = "To";

        /// <summary>A list of decompositions: the EGDI in the first edition.</summary>
        public const string EgdiFrom = "EgdiFrom";

        /// <summary>A list of decompositions: the EGDI in the second edition.</summary>
        public const string EgdiTo = "EgdiTo";

        /// <summary>A list of decompositions: the change of the EGDI.</summary>
        public const string EgdiChange = "EgdiChange";

        /// <summary>A list of decompositions: the residual (rounding of the published values).</summary>
        public const string Residual = "Residual";
    }

    /// <summary>The component (OSI, HCI or TII) whose contribution moved the EGDI the most in the direction of the change.</summary>
    public SurveyIndex MainDriver =>
        new[] { (SurveyIndex.Osi, OsiContribution), (SurveyIndex.Hci, HciContribution), (SurveyIndex.Tii, TiiContribution) }
            .OrderByDescending(c => EgdiChange >= 0 ? c.Item2 : -c.Item2).First().Item1;

    /// <summary>
    /// The decomposition as a small table keyed by "OSI", "HCI", "TII", "Residual" and "EGDI": the change of the component
    /// ("Change"; for the residual and the EGDI their own value), its contribution to the EGDI change ("Contribution", Δ/3
    /// for a component) and that contribution as a share of the EGDI change ("Share of EGDI change %").
    /// </summary>
    public Frame<string, string> ToFrame()
    {
        var rows = new (string Key, decimal Change, decimal Contribution)[]
        {
            (SurveyColumns.Osi, 3 * OsiContribution, OsiContribution), (SurveyColumns.Hci, 3 * HciContribution, HciContribution), (SurveyColumns.Tii, 3 * TiiContribution, TiiContribution),
            ("Residual", Residual, Residual), (SurveyColumns.Egdi, EgdiChange, EgdiChange),
        };
        return new TableBuilder<(string Key, decimal Change, decimal Contribution), string>(rows, r => r.Key)
            .Number(Columns.Change, r => (double)r.Change)
            .Number(Columns.Contribution, r => (double)r.Contribution)
            .Number(Columns.ShareOfEgdiChangePercent, r => EgdiChange == 0 ? null : (double)(100 * r.Contribution / EgdiChange))
            .Frame;
    }

    /// <summary>One row per country keyed by ISO3: From, To, EgdiFrom, EgdiTo, EgdiChange, the three contributions and Residual.</summary>
    internal static Frame<string, string> ToFrame(IReadOnlyList<EgdiChangeDecomposition> rows) =>
        new TableBuilder<EgdiChangeDecomposition, string>(rows, r => r.Iso3)
            .Integer(Columns.From, r => r.From)
            .Integer(Columns.To, r => r.To)
            .Number(Columns.EgdiFrom, r => (double)r.EgdiFrom)
            .Number(Columns.EgdiTo, r => (double)r.EgdiTo)
            .Number(Columns.EgdiChange, r => (double)r.EgdiChange)
            .Number(SurveyColumns.Osi, r => (double)r.OsiContribution)
            .Number(SurveyColumns.Hci, r => (double)r.HciContribution)
            .Number(SurveyColumns.Tii, r => (double)r.TiiContribution)
            .Number(Columns.Residual, r => (double)r.Residual)
            .Frame;
}
