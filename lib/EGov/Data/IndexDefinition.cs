namespace EGov.Data;

/// <summary>One index of the survey as <see cref="SurveySchema"/> defines it.</summary>
/// <param name="Index">The index.</param>
/// <param name="ShortName">The abbreviation the survey uses, e.g. "EGDI"; also the frames' column (<see cref="SurveyColumns"/>).</param>
/// <param name="Name">The full name, e.g. "E-Government Development Index".</param>
/// <param name="Field">The column of egdi.csv, e.g. "egdi".</param>
/// <param name="Maximum">The largest value allowed in an edition without an exception (the smallest is 0).</param>
public sealed record IndexDefinition(SurveyIndex Index, string ShortName, string Name, string Field, decimal Maximum)
{
    /// <summary>Editions whose published values exceed <see cref="Maximum"/>, with the largest value allowed there (measured on the real data).</summary>
    public IReadOnlyDictionary<int, decimal> MaximumByEdition { get; init; } = new Dictionary<int, decimal>();

    /// <summary>The largest value allowed in an edition.</summary>
    public decimal MaximumIn(int edition) => MaximumByEdition.TryGetValue(edition, out var maximum) ? maximum : Maximum;

    /// <summary>The largest value allowed in any edition.</summary>
    public decimal HighestMaximum => MaximumByEdition.Values.Append(Maximum).Max();

    /// <summary>"Online Service Index (OSI)".</summary>
    public string LongName => $"{Name} ({ShortName})";
}
