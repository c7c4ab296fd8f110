namespace EGov.Charts;

/// <summary>The one colour of each UN region (and of the world) in every chart, from the <see cref="OkabeIto"/> palette.</summary>
public static class RegionColors
{
    /// <summary>The name used for all countries together.</summary>
    public const string World = "World";

    private static readonly Dictionary<string, string> Colors = new(StringComparer.Ordinal)
    {
        ["Africa"] = OkabeIto.Orange,
        ["Americas"] = OkabeIto.Blue,
        ["Asia"] = OkabeIto.BluishGreen,
        ["Europe"] = OkabeIto.SkyBlue,
        ["Oceania"] = OkabeIto.ReddishPurple,
        [World] = OkabeIto.Black,
    };

    /// <summary>The regions in display order: Africa, Americas, Asia, Europe, Oceania.</summary>
    public static IReadOnlyList<string> Regions { get; } = ["Africa", "Americas", "Asia", "Europe", "Oceania"];

    /// <summary>The hex colour ("#RRGGBB") of a region or "World".</summary>
    /// <exception cref="KeyNotFoundException">Not a UN region of the survey.</exception>
    public static string Of(string region)
    {
        ArgumentNullException.ThrowIfNull(region);
        return Colors.TryGetValue(region, out var color)
            ? color
            : throw new KeyNotFoundException($"No colour for region '{region}'; the regions are {string.Join(", ", Colors.Keys)}.");
    }
}
