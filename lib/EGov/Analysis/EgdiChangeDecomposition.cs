using Deedle;

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
    /// <summary>One row per country keyed by ISO3: From, To, EgdiFrom, EgdiTo, EgdiChange, the three contributions and Residual.</summary>
    internal static Frame<string, string> ToFrame(IReadOnlyList<EgdiChangeDecomposition> rows) =>
        new TableBuilder<EgdiChangeDecomposition, string>(rows, r => r.Iso3)
            .Integer("From", r => r.From)
            .Integer("To", r => r.To)
            .Number("EgdiFrom", r => (double)r.EgdiFrom)
            .Number("EgdiTo", r => (double)r.EgdiTo)
            .Number("EgdiChange", r => (double)r.EgdiChange)
            .Number("OSI", r => (double)r.OsiContribution)
            .Number("HCI", r => (double)r.HciContribution)
            .Number("TII", r => (double)r.TiiContribution)
            .Number("Residual", r => (double)r.Residual)
            .Frame;
}
