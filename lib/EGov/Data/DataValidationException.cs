namespace EGov.Data;

/// <summary>Thrown when input or canonical data breaks one or more rules; carries the problems found, not just the first.</summary>
public sealed class DataValidationException : Exception
{
    /// <summary>How many problems of each rule the message lists; the rest are counted.</summary>
    public const int ShownPerRule = 20;

    /// <summary>Creates the exception for a non-empty list of problems.</summary>
    public DataValidationException(IReadOnlyList<ValidationProblem> problems)
        : this(problems, problems.GroupBy(p => p.Rule).ToDictionary(g => g.Key, g => g.Count()))
    {
    }

    /// <summary>Creates the exception from a bounded list: the kept problems, with the counts of all.</summary>
    public DataValidationException(ProblemList problems)
        : this(problems.Kept, problems.CountByRule)
    {
    }

    private DataValidationException(IReadOnlyList<ValidationProblem> problems, IReadOnlyDictionary<ValidationRule, int> counts)
        : base(Describe(problems, counts))
    {
        if (problems.Count == 0) throw new ArgumentException("A validation exception needs at least one problem.", nameof(problems));
        Problems = problems;
        CountByRule = counts;
    }

    /// <summary>The problems found (for a huge input, the first ones of each rule; <see cref="CountByRule"/> counts all).</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; }

    /// <summary>How many problems of each rule were found.</summary>
    public IReadOnlyDictionary<ValidationRule, int> CountByRule { get; }

    /// <summary>The number of problems found.</summary>
    public int TotalCount => CountByRule.Values.Sum();

    /// <summary>True when some problem is about the environment (a missing or unreadable input) rather than the data.</summary>
    public bool IsEnvironmental => CountByRule.Keys.Any(ValidationRules.IsEnvironmental);

    /// <summary>A report grouped by rule: a heading per rule with its count, then one line per problem (the first <see cref="ShownPerRule"/>).</summary>
    public static string Describe(IReadOnlyList<ValidationProblem> problems) =>
        Describe(problems, problems.GroupBy(p => p.Rule).ToDictionary(g => g.Key, g => g.Count()));

    private static string Describe(IReadOnlyList<ValidationProblem> problems, IReadOnlyDictionary<ValidationRule, int> counts)
    {
        var text = new System.Text.StringBuilder();
        var total = counts.Values.Sum();
        text.Append(total).Append(total == 1 ? " problem" : " problems").AppendLine(" found:");
        foreach (var (rule, count) in counts.OrderBy(c => c.Key))
        {
            text.Append(rule).Append(" (").Append(count).AppendLine("):");
            var shown = problems.Where(p => p.Rule == rule).Take(ShownPerRule).ToList();
            foreach (var problem in shown) text.Append("  ").AppendLine(problem.ToString());
            if (count > shown.Count) text.Append("  ... and ").Append(count - shown.Count).Append(" more ").Append(rule).AppendLine(" problems");
        }
        return text.ToString().TrimEnd();
    }
}
