namespace EGov.Data.Import;

/// <summary>
/// The bounds an import keeps to, so that no input can make it run for minutes or fill memory: the real inputs are at most
/// 82 KB and 193 rows a file, so every limit leaves a wide margin. An input beyond a limit is refused with
/// <see cref="ValidationRule.InputTooLarge"/>.
/// </summary>
/// <param name="MaxFileBytes">Bytes per input file.</param>
/// <param name="MaxTotalBytes">Bytes of all input files together.</param>
/// <param name="MaxFiles">Input files (folders are searched for *.csv).</param>
/// <param name="MaxRowsPerFile">Data rows per file.</param>
/// <param name="MaxSuggestions">Unknown names that get a fuzzy search for close matches (the rest are only listed).</param>
/// <param name="MaxLinkCandidates">Unknown names tried for a link by identical values.</param>
/// <param name="KeptProblemsPerRule">Problems kept per rule (every problem is counted).</param>
public sealed record ImportLimits(
    long MaxFileBytes = 8L << 20,
    long MaxTotalBytes = 64L << 20,
    int MaxFiles = 1000,
    int MaxRowsPerFile = 20_000,
    int MaxSuggestions = 20,
    int MaxLinkCandidates = 500,
    int KeptProblemsPerRule = ProblemList.DefaultKeptPerRule)
{
    /// <summary>The defaults.</summary>
    public static ImportLimits Default { get; } = new();
}
