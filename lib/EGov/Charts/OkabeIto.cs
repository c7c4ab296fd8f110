namespace EGov.Charts;

/// <summary>
/// The Okabe-Ito palette (Okabe and Ito 2008, "Color Universal Design"): eight colours that stay distinguishable with the
/// common forms of colour-vision deficiency. Every categorical colour of the charts comes from here.
/// </summary>
public static class OkabeIto
{
    /// <summary>Black.</summary>
    public const string Black = "#000000";
    /// <summary>Orange.</summary>
    public const string Orange = "#E69F00";
    /// <summary>Sky blue.</summary>
    public const string SkyBlue = "#56B4E9";
    /// <summary>Bluish green.</summary>
    public const string BluishGreen = "#009E73";
    /// <summary>Yellow (low contrast on white: not used for lines or markers).</summary>
    public const string Yellow = "#F0E442";
    /// <summary>Blue.</summary>
    public const string Blue = "#0072B2";
    /// <summary>Vermillion.</summary>
    public const string Vermillion = "#D55E00";
    /// <summary>Reddish purple.</summary>
    public const string ReddishPurple = "#CC79A7";
    /// <summary>A neutral grey used beside the palette for "other" or residual items.</summary>
    public const string Grey = "#999999";
}
