namespace EGov.Data;

/// <summary>
/// The survey's level groups for an index value. Bands (UN E-Government Survey; see
/// ../shared/docs/seed-claims.md): very high &gt;= 0.75, high 0.50 to &lt; 0.75, middle 0.25 to &lt; 0.50,
/// low &lt; 0.25. The same bands apply to a single component such as OSI.
/// </summary>
public enum LevelGroup
{
    /// <summary>Index below 0.25.</summary>
    Low,
    /// <summary>Index from 0.25 to below 0.50.</summary>
    Middle,
    /// <summary>Index from 0.50 to below 0.75.</summary>
    High,
    /// <summary>Index of 0.75 or more.</summary>
    VeryHigh,
}

/// <summary>Classifies index values into <see cref="LevelGroup"/>s.</summary>
public static class LevelGroups
{
    /// <summary>Lower bound (inclusive) of the "very high" group.</summary>
    public const double VeryHighFrom = 0.75;
    /// <summary>Lower bound (inclusive) of the "high" group.</summary>
    public const double HighFrom = 0.50;
    /// <summary>Lower bound (inclusive) of the "middle" group.</summary>
    public const double MiddleFrom = 0.25;

    /// <summary>The level groups, highest first (the order of tables and chart legends).</summary>
    public static IReadOnlyList<LevelGroup> HighestFirst { get; } = [LevelGroup.VeryHigh, LevelGroup.High, LevelGroup.Middle, LevelGroup.Low];

    /// <summary>The lowest value (inclusive) of a level group.</summary>
    public static double LowerBound(this LevelGroup group) => group switch
    {
        LevelGroup.VeryHigh => VeryHighFrom,
        LevelGroup.High => HighFrom,
        LevelGroup.Middle => MiddleFrom,
        LevelGroup.Low => 0,
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, "Unknown level group."),
    };

    /// <summary>The value a level group lies below (the next group's lower bound; 1, inclusive, for the highest).</summary>
    public static double UpperBound(this LevelGroup group) => group == LevelGroup.VeryHigh ? 1 : (group + 1).LowerBound();

    /// <summary>The level group of an index value in [0, 1].</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a number in [0, 1].</exception>
    public static LevelGroup Of(double value)
    {
        if (double.IsNaN(value) || value < 0 || value > 1)
            throw new ArgumentOutOfRangeException(nameof(value), value, "An index value must be in [0, 1].");
        return value >= VeryHighFrom ? LevelGroup.VeryHigh
            : value >= HighFrom ? LevelGroup.High
            : value >= MiddleFrom ? LevelGroup.Middle
            : LevelGroup.Low;
    }

    /// <summary>The level group of an index value in [0, 1].</summary>
    public static LevelGroup Of(decimal value) => Of((double)value);

    /// <summary>The level group, or <c>null</c> for a missing value.</summary>
    public static LevelGroup? OfOrNull(double? value) => value is { } v && !double.IsNaN(v) ? Of(v) : null;

    /// <summary>The label the survey uses: "Very high", "High", "Middle" or "Low".</summary>
    public static string Label(this LevelGroup group) => group switch
    {
        LevelGroup.VeryHigh => "Very high",
        LevelGroup.High => "High",
        LevelGroup.Middle => "Middle",
        LevelGroup.Low => "Low",
        _ => throw new ArgumentOutOfRangeException(nameof(group), group, "Unknown level group."),
    };
}
