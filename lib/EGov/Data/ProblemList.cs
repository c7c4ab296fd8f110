namespace EGov.Data;

/// <summary>
/// The problems found so far, bounded: every problem is counted, but only the first <see cref="KeptPerRule"/> of each rule
/// are kept, so a huge broken input cannot fill memory with its report. <see cref="Count"/> counts every problem added
/// (code compares it before and after reading a row), and <see cref="Files"/> names every file with a problem.
/// </summary>
public sealed class ProblemList : ICollection<ValidationProblem>
{
    /// <summary>The default number of problems kept per rule.</summary>
    public const int DefaultKeptPerRule = 50;

    private readonly List<ValidationProblem> kept = [];
    private readonly Dictionary<ValidationRule, int> counts = [];
    private readonly HashSet<string> files = new(StringComparer.Ordinal);

    /// <summary>Creates a list keeping up to <paramref name="keptPerRule"/> problems of each rule.</summary>
    public ProblemList(int keptPerRule = DefaultKeptPerRule) => KeptPerRule = keptPerRule;

    /// <summary>How many problems of each rule are kept.</summary>
    public int KeptPerRule { get; }

    /// <summary>Every problem added, kept or not.</summary>
    public int Count { get; private set; }

    /// <summary>The problems kept, in the order added.</summary>
    public IReadOnlyList<ValidationProblem> Kept => kept;

    /// <summary>How many problems of each rule were added.</summary>
    public IReadOnlyDictionary<ValidationRule, int> CountByRule => counts;

    /// <summary>The files some problem names.</summary>
    public IReadOnlySet<string> Files => files;

    /// <summary>Adds a problem (kept if its rule has room).</summary>
    public void Add(ValidationProblem item)
    {
        Count++;
        files.Add(item.File);
        var n = counts.GetValueOrDefault(item.Rule) + 1;
        counts[item.Rule] = n;
        if (n <= KeptPerRule) kept.Add(item);
    }

    /// <summary>Adds several problems.</summary>
    public void AddRange(IEnumerable<ValidationProblem> items)
    {
        foreach (var item in items) Add(item);
    }

    /// <summary>Throws a <see cref="DataValidationException"/> when any problem was added.</summary>
    public void ThrowIfAny()
    {
        if (Count > 0) throw new DataValidationException(this);
    }

    /// <inheritdoc/>
    public bool IsReadOnly => false;

    /// <inheritdoc/>
    public void Clear() => throw new NotSupportedException("Problems are only ever added.");

    /// <inheritdoc/>
    public bool Contains(ValidationProblem item) => kept.Contains(item);

    /// <inheritdoc/>
    public void CopyTo(ValidationProblem[] array, int arrayIndex) => kept.CopyTo(array, arrayIndex);

    /// <inheritdoc/>
    public bool Remove(ValidationProblem item) => throw new NotSupportedException("Problems are only ever added.");

    /// <inheritdoc/>
    public IEnumerator<ValidationProblem> GetEnumerator() => kept.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
