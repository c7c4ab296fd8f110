using EGov.Data;

namespace EGov.Analysis;

/// <summary>
/// What an analysis across editions does with published values flagged in data/quality-flags.csv (<see cref="Survey.QualityFlags"/>).
/// Every analysis that spans two or more editions (rank changes, sigma and beta convergence, means and level shares over
/// editions, EGDI changes, country profiles) takes this as its last parameter, <see cref="Exclude"/> by default, and lists what
/// it left out and why in its result (an <c>Excluded</c> list of <see cref="QualityFlag"/>s; <see cref="ExcludedValues"/>
/// turns it into a frame or a sentence). Analyses of one edition (a ranking, a disparity table) show the edition as published.
/// Which flags make a value unusable is <see cref="FlaggedValueRules.Excludes"/>.
/// </summary>
public enum FlaggedValues
{
    /// <summary>Leave out values whose flag makes them unusable across editions (the default).</summary>
    Exclude,
    /// <summary>Keep every value as published, flagged or not (to compare with <see cref="Exclude"/>).</summary>
    Include,
}

/// <summary>Which <see cref="QualityFlagKind"/>s make a value unusable for a comparison across editions.</summary>
public static class FlaggedValueRules
{
    /// <summary>
    /// True for the flags that say the value is not a measurement:
    /// <list type="bullet">
    /// <item><see cref="QualityFlagKind.NoDataZero"/>: the 0 stands for missing data; compared with a later edition it
    /// fakes a rise from nothing (Liechtenstein's 2003 HCI).</item>
    /// <item><see cref="QualityFlagKind.AboveOne"/>: impossible for an index in [0, 1]; a probable data error (Micronesia's
    /// 2003 HCI, 1.422).</item>
    /// <item><see cref="QualityFlagKind.FromFlaggedComponent"/>: the EGDI or rank the UN computed from such a value is
    /// understated or overstated by it.</item>
    /// </list>
    /// False for the flags that describe the method, not an error, so the value is kept:
    /// <list type="bullet">
    /// <item><see cref="QualityFlagKind.RescaledMinimum"/>: a 0 that is the lowest value of a rescaled index is the edition's
    /// relative floor, a valid level, rank and difference; only its logarithm and ratios are undefined, and the analyses
    /// that take logs (beta convergence, the sigma test) leave every zero out anyway and list the flagged ones.</item>
    /// <item><see cref="QualityFlagKind.EgdiNotMean"/>: the EGDI as published, on which the UN ranked, 0.014 from the mean of
    /// its components (Cameroon 2008), within the method's known differences of 2008 and 2010; which value is off cannot
    /// be told from the data.</item>
    /// <item><see cref="QualityFlagKind.RankTieBroken"/>: a published rank one place below an exact tie (four of 2020);
    /// the order is the UN's and the difference is one place.</item>
    /// </list>
    /// </summary>
    public static bool Excludes(this QualityFlagKind kind) => kind switch
    {
        QualityFlagKind.NoDataZero or QualityFlagKind.AboveOne or QualityFlagKind.FromFlaggedComponent => true,
        QualityFlagKind.RescaledMinimum or QualityFlagKind.EgdiNotMean or QualityFlagKind.RankTieBroken => false,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown quality flag."),
    };

    /// <summary>A few words for a flag, for notes and sentences: "no data, published as 0", "above 1, a probable data error", ...</summary>
    public static string ShortReason(this QualityFlagKind kind) => kind switch
    {
        QualityFlagKind.NoDataZero => "no data, published as 0",
        QualityFlagKind.AboveOne => "above 1, a probable data error",
        QualityFlagKind.FromFlaggedComponent => "computed from a flagged component",
        QualityFlagKind.RescaledMinimum => "0 as the rescaled minimum, no logarithm",
        QualityFlagKind.EgdiNotMean => "EGDI not the mean of its components",
        QualityFlagKind.RankTieBroken => "tie broken by the UN",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown quality flag."),
    };
}
