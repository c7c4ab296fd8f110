using EGov.Data;

namespace EGov.Tests.Data;

public sealed class LevelGroupTests
{
    [Theory]
    // Bands from ../shared/docs/seed-claims.md: very high >= 0.75, high 0.50 to < 0.75, middle 0.25 to < 0.50, low < 0.25.
    [InlineData(0.0, LevelGroup.Low)]
    [InlineData(0.2499, LevelGroup.Low)]
    [InlineData(0.25, LevelGroup.Middle)]
    [InlineData(0.4999, LevelGroup.Middle)]
    [InlineData(0.50, LevelGroup.High)]
    [InlineData(0.7499, LevelGroup.High)]
    [InlineData(0.75, LevelGroup.VeryHigh)]
    [InlineData(1.0, LevelGroup.VeryHigh)]
    public void Bands_have_inclusive_lower_bounds(double value, LevelGroup expected) => Assert.Equal(expected, LevelGroups.Of(value));

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    public void Values_outside_the_unit_interval_are_rejected(double value) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => LevelGroups.Of(value));

    [Fact]
    public void Missing_values_have_no_group()
    {
        Assert.Null(LevelGroups.OfOrNull(null));
        Assert.Null(LevelGroups.OfOrNull(double.NaN));
        Assert.Equal("Very high", LevelGroup.VeryHigh.Label());
    }
}
