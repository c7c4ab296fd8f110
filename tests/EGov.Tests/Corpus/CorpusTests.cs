using System.Diagnostics;

namespace EGov.Tests.Corpus;

/// <summary>
/// The malformed-input corpus of issue 13 (<see cref="MalformedCorpus"/>): every case must be rejected with the right exit
/// code, no stack trace, no hang, no write, and a report naming the file, line/column, rule and value. All cases run
/// in-process through the code behind `egov import`; a representative subset also runs through the real program. The
/// figures in docs/reliability.md are this run's: set EGOV_UPDATE_DOCS=1 to rewrite them after changing the corpus.
/// </summary>
[Collection(ImportProcessCollection.Name)]
public sealed class CorpusTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("egov-corpus-").FullName;

    public void Dispose()
    {
        try { Directory.Delete(root, recursive: true); }
        catch (IOException) { }
    }

    [Fact]
    public void Every_malformed_input_is_rejected_cleanly_and_the_figures_in_the_docs_are_this_runs()
    {
        var cases = MalformedCorpus.Cases();
        Assert.True(cases.Count >= 250, $"only {cases.Count} cases");
        Assert.Equal(cases.Count, cases.Select(c => c.Id).Distinct().Count());
        var runner = new CorpusRunner(root);
        var watch = Stopwatch.StartNew();
        var inProcess = cases.Select(c => runner.Run(c, viaCli: false)).ToList();
        var viaCli = cases.Where(c => c.ViaCli).Select(c => runner.Run(c, viaCli: true)).ToList();
        var failures = inProcess.Concat(viaCli).Where(r => r.Failures.Count > 0)
            .Select(r => $"{(r.ViaCli ? "[cli] " : "")}{r.Case}: {string.Join("; ", r.Failures)}").ToList();
        Assert.True(failures.Count == 0, $"{failures.Count} cases fell short:\n" + string.Join("\n", failures));
        Assert.True(viaCli.Count >= 25, $"only {viaCli.Count} cases through the program");
        Assert.True(watch.Elapsed < TimeSpan.FromMinutes(2), $"the corpus took {watch.Elapsed}");

        ReliabilityDoc.Check("corpus-figures", "tests/EGov.Tests/Corpus", CorpusRunner.Figures(inProcess, viaCli));
    }
}
