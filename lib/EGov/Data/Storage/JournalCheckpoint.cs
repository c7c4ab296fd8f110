namespace EGov.Data.Storage;

/// <summary>
/// Named points of the commit protocol where a test can stop the process: when the environment variable
/// <c>EGOV_IMPORT_TEST_PAUSE</c> names a point, the process writes <c>egov-import-paused:&lt;point&gt;</c> to standard
/// error on reaching it and then sleeps until it is killed (the kill -9 tests in tests/EGov.Tests/Corpus). Unset, it costs nothing.
/// </summary>
internal static class JournalCheckpoint
{
    /// <summary>The environment variable.</summary>
    public const string Variable = "EGOV_IMPORT_TEST_PAUSE";

    /// <summary>Every point, in the order an import passes them.</summary>
    public static readonly IReadOnlyList<string> Points = ["locked", "staging-file", "staged", "committed", "moving", "moved", "done"];

    private static readonly string? Requested = Environment.GetEnvironmentVariable(Variable);

    /// <summary>Pauses forever when <see cref="Variable"/> names this point.</summary>
    public static void Reach(string point)
    {
        if (!string.Equals(Requested, point, StringComparison.Ordinal)) return;
        using (var error = new StreamWriter(Console.OpenStandardError()))
            error.WriteLine("egov-import-paused:" + point);
        Thread.Sleep(Timeout.Infinite);
    }
}
