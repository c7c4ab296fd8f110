namespace EGov.Tests.Corpus;

/// <summary>
/// The corpus, kill and concurrency tests start many processes and keep both cores busy: they run on their own, not beside
/// the notebook runner's tests (whose 20 s cell timeouts they would otherwise eat into).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ImportProcessCollection
{
    public const string Name = "import processes";
}
