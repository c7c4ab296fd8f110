using EGov.Data;

namespace EGov.Charts;

/// <summary>The one colour of each level group (Very high, High, Middle, Low) in every chart, from the <see cref="OkabeIto"/> palette.</summary>
public static class LevelColors
{
    /// <summary>The level groups in display order, highest first (<see cref="LevelGroups.HighestFirst"/>).</summary>
    public static IReadOnlyList<LevelGroup> Levels => LevelGroups.HighestFirst;

    /// <summary>The hex colour of a level group: very high blue, high sky blue, middle orange, low vermillion.</summary>
    public static string Of(LevelGroup level) => level switch
    {
        LevelGroup.VeryHigh => OkabeIto.Blue,
        LevelGroup.High => OkabeIto.SkyBlue,
        LevelGroup.Middle => OkabeIto.Orange,
        LevelGroup.Low => OkabeIto.Vermillion,
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "Unknown level group."),
    };
}
