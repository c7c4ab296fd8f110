namespace EGov.Data.Import;

/// <summary>The outcome of a successful import.</summary>
/// <param name="Dataset">The complete dataset to write.</param>
/// <param name="Notes">What a person should know about how the inputs were read (links made, columns ignored, editions cross-checked).</param>
public sealed record ImportResult(SurveyDataset Dataset, IReadOnlyList<string> Notes);
