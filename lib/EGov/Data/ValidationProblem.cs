namespace EGov.Data;

/// <summary>One problem found in a file: where it is, what was there, and which rule it breaks.</summary>
/// <param name="File">The file's path as given (or the embedded resource name).</param>
/// <param name="Line">1-based line number, or 0 when the problem concerns the whole file.</param>
/// <param name="Column">1-based column: the field number in a record (the character position for encoding problems), or 0 for a whole line or file.</param>
/// <param name="ColumnName">The column's header name, or empty.</param>
/// <param name="Value">The offending value as read, or empty.</param>
/// <param name="Rule">The rule that was broken.</param>
/// <param name="Message">A sentence a person can act on, with suggestions where there are any.</param>
public sealed record ValidationProblem(string File, int Line, int Column, string ColumnName, string Value, ValidationRule Rule, string Message)
{
    /// <summary>"file:line:column (name): message: 'value' [Rule]", leaving out the parts that do not apply; control characters escaped and long values cut (<see cref="Printable"/>).</summary>
    public override string ToString()
    {
        var where = Printable.Escape(File);
        if (Line > 0) where += $":{Line}";
        if (Line > 0 && Column > 0) where += $":{Column}";
        if (ColumnName.Length > 0) where += $" ({Printable.Value(ColumnName)})";
        var value = Value.Length > 0 ? $": '{Printable.Value(Value)}'" : "";
        return $"{where}: {Printable.Value(Message, 600)}{value} [{Rule}]";
    }
}
