namespace EGov.Data;

/// <summary>Thrown when input or canonical data breaks one or more rules; carries every problem found, not just the first.</summary>
public sealed class DataValidationException : Exception
{
    /// <summary>Creates the exception for a non-empty list of problems.</summary>
    public DataValidationException(IReadOnlyList<ValidationProblem> problems)
        : base(Describe(problems))
    {
        if (problems.Count == 0) throw new ArgumentException("A validation exception needs at least one problem.", nameof(problems));
        Problems = problems;
    }

    /// <summary>Every problem found.</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; }

    /// <summary>A report grouped by rule: a heading per rule with its count, then one line per problem.</summary>
    public static string Describe(IReadOnlyList<ValidationProblem> problems)
    {
        var text = new System.Text.StringBuilder();
        text.Append(problems.Count).Append(problems.Count == 1 ? " problem" : " problems").AppendLine(" found:");
        foreach (var group in problems.GroupBy(p => p.Rule).OrderBy(g => g.Key))
        {
            text.Append(group.Key).Append(" (").Append(group.Count()).AppendLine("):");
            foreach (var problem in group) text.Append("  ").AppendLine(problem.ToString());
        }
        return text.ToString().TrimEnd();
    }
}
