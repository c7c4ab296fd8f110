namespace EGov.Data;

/// <summary>The kinds of <see cref="QualityFlag"/>; written in kebab case in <c>quality-flags.csv</c> (<see cref="QualityFlagKinds.Code"/>).</summary>
public enum QualityFlagKind
{
    /// <summary><c>no-data-zero</c>: a component published as 0 for an assessed country in an edition where the index was not rescaled, so the 0 stands for missing data (the 2003-2005 HCI of Liechtenstein, Andorra, Monaco, ...).</summary>
    NoDataZero,
    /// <summary><c>above-one</c>: an index value above 1, impossible for an index in [0, 1] (the 2003 HCI of Micronesia, 1.422).</summary>
    AboveOne,
    /// <summary><c>from-flagged-component</c>: an EGDI or rank computed from a component flagged <see cref="NoDataZero"/> or <see cref="AboveOne"/>.</summary>
    FromFlaggedComponent,
    /// <summary><c>rescaled-minimum</c>: a component 0 that is the lowest value of an edition whose index is rescaled to [0, 1]: a relative floor, not a measured zero.</summary>
    RescaledMinimum,
    /// <summary><c>egdi-not-mean</c>: an EGDI far from the mean of its components, beyond rounding and beyond the rest of its edition.</summary>
    EgdiNotMean,
    /// <summary><c>rank-tie-broken</c>: a rank that differs from the competition rank of an exactly tied EGDI; the order is not recoverable from the published values.</summary>
    RankTieBroken,
}

/// <summary>Codes of the <see cref="QualityFlagKind"/>s.</summary>
public static class QualityFlagKinds
{
    /// <summary>The kebab-case code written in the CSV file.</summary>
    public static string Code(this QualityFlagKind kind) => kind switch
    {
        QualityFlagKind.NoDataZero => "no-data-zero",
        QualityFlagKind.AboveOne => "above-one",
        QualityFlagKind.FromFlaggedComponent => "from-flagged-component",
        QualityFlagKind.RescaledMinimum => "rescaled-minimum",
        QualityFlagKind.EgdiNotMean => "egdi-not-mean",
        QualityFlagKind.RankTieBroken => "rank-tie-broken",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown quality flag."),
    };

    /// <summary>The kind for a code, or <c>null</c>.</summary>
    public static QualityFlagKind? Parse(string code) =>
        Enum.GetValues<QualityFlagKind>().Select(k => (QualityFlagKind?)k).FirstOrDefault(k => k!.Value.Code() == code);
}
