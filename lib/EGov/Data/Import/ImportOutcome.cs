namespace EGov.Data.Import;

/// <summary>The result of an <see cref="ImportRun"/>.</summary>
/// <param name="ExitCode">The process exit code (<see cref="ExitCodes"/>).</param>
/// <param name="Problems">The problems found (the first ones of each rule), empty when there were none or the failure was not about the data.</param>
/// <param name="Dataset">The dataset written, or <c>null</c> when nothing was.</param>
public sealed record ImportOutcome(int ExitCode, IReadOnlyList<ValidationProblem> Problems, SurveyDataset? Dataset);
