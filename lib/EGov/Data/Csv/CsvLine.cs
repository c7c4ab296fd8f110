namespace EGov.Data.Csv;

/// <summary>One record of a delimited text file with the 1-based line it starts on.</summary>
/// <param name="Line">1-based physical line number where the record starts.</param>
/// <param name="Fields">The record's fields, unquoted, not trimmed.</param>
internal sealed record CsvLine(int Line, IReadOnlyList<string> Fields);
