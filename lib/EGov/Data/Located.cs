namespace EGov.Data;

/// <summary>A value together with the file and line it was read from, so later checks can point back at it.</summary>
/// <param name="Value">The value.</param>
/// <param name="File">The file it came from.</param>
/// <param name="Line">The 1-based line it came from.</param>
public sealed record Located<T>(T Value, string File, int Line);
