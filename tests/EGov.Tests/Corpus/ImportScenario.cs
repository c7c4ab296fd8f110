using EGov.Data;

namespace EGov.Tests.Corpus;

/// <summary>A dataset folder holding the valid base (edition 2024) and exports of made-up later editions to import onto it.</summary>
internal sealed class ImportScenario : IDisposable
{
    public ImportScenario(string name)
    {
        Root = Directory.CreateTempSubdirectory($"egov-{name}-").FullName;
        Out = Path.Combine(Root, "out");
        Directory.CreateDirectory(Out);
        foreach (var (file, bytes) in CorpusRunner.Base) File.WriteAllBytes(Path.Combine(Out, file), bytes);
    }

    public string Root { get; }

    public string Out { get; }

    /// <summary>A UN export of a made-up edition: the 2024 rows relabelled.</summary>
    public string Export(int edition)
    {
        var path = Path.Combine(Root, $"EGOV_DATA_{edition}.csv");
        if (!File.Exists(path))
            File.WriteAllBytes(path, CorpusBase.UnExport(2024, rows => rows.ForEach(r => r[0] = edition.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        return path;
    }

    /// <summary>`egov import` arguments adding an edition onto the folder.</summary>
    public string[] ImportArgs(int edition, params string[] more) => ["import", Export(edition), "--out", Out, .. more];

    /// <summary>The editions of the dataset in the folder, loaded the way notebooks load it.</summary>
    public IReadOnlyList<int> LoadedEditions() => Survey.Load(Out).Editions;

    /// <summary>Files and folders left in the output folder besides the dataset.</summary>
    public IReadOnlyList<string> Leftovers() =>
        Directory.EnumerateFileSystemEntries(Out).Select(Path.GetFileName).OfType<string>()
            .Where(n => !CanonicalFormat.CsvFiles.Contains(n) && n != CanonicalFormat.ManifestFile).Order(StringComparer.Ordinal).ToList();

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
