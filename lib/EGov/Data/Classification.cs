namespace EGov.Data;

/// <summary>A classification column of the countries table and the values it allows (<see cref="SurveySchema"/>).</summary>
/// <param name="Column">The column of countries.csv, e.g. "region".</param>
/// <param name="What">What one value is, for messages, e.g. "a survey region".</param>
/// <param name="Values">The allowed values, in display order; compared exactly (case included).</param>
public sealed record Classification(string Column, string What, IReadOnlyList<string> Values)
{
    /// <summary>True when a value is one of <see cref="Values"/>.</summary>
    public bool Allows(string value) => Values.Contains(value, StringComparer.Ordinal);

    /// <summary>The message for a value that is not allowed: "not a survey region (Africa, Americas, ...)".</summary>
    public string NotAllowedMessage() => $"not {What} ({string.Join(", ", Values)})";
}
