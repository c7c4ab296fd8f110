namespace EGov.Data;

/// <summary>Where one edition's rows came from.</summary>
/// <param name="Edition">The edition.</param>
/// <param name="Source">The file the rows were taken from (folder and file name).</param>
/// <param name="CrossChecked">Other files holding the same edition whose every value agreed, at their common precision.</param>
public sealed record EditionSource(int Edition, string Source, IReadOnlyList<string> CrossChecked);
