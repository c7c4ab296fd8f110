using EGov.Data;

namespace EGov.Charts;

/// <summary>
/// The one colour of each UN region (and of the world) in every chart, from the <see cref="OkabeIto"/> palette: the regions
/// of <see cref="SurveySchema.Regions"/> take the colours of <see cref="Palette"/> in order.
/// </summary>
public static class RegionColors
{
    /// <summary>The name used for all countries together.</summary>
    public const string World = "World";

    /// <summary>The colours of the regions, in the order of <see cref="SurveySchema.Regions"/>; the world is black.</summary>
    public static IReadOnlyList<string> Palette { get; } = [OkabeIto.Orange, OkabeIto.Blue, OkabeIto.BluishGreen, OkabeIto.SkyBlue, OkabeIto.ReddishPurple];

    private static readonly Dictionary<string, string> Colors = SurveySchema.Regions.Values
        .Select((region, i) => (Name: region, Color: i < Palette.Count ? Palette[i] : throw new InvalidOperationException($"No colour for the region '{region}': add one to the palette.")))
        .Append((Name: World, Color: OkabeIto.Black))
        .ToDictionary(c => c.Name, c => c.Color, StringComparer.Ordinal);

    /// <summary>The regions in display order (<see cref="SurveySchema.Regions"/>).</summary>
    public static IReadOnlyList<string> Regions => SurveySchema.Regions.Values;

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
