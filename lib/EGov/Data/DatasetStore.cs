using EGov.Data.Storage;

namespace EGov.Data;

/// <summary>Reads the canonical dataset from the copy embedded in EGov.dll or from a folder, and writes it to a folder atomically.</summary>
public static class DatasetStore
{
    private const string ResourcePrefix = "EGov.Data.";
    private const long MaxCanonicalFileBytes = 64L << 20;
    private static readonly Lazy<SurveyDataset> Embedded = new(() => CanonicalReader.Read(EmbeddedFiles(), "(embedded) "));

    /// <summary>How long <see cref="WriteDirectory"/> waits for another writer of the same folder by default.</summary>
    public static readonly TimeSpan DefaultLockWait = TimeSpan.FromSeconds(60);

    /// <summary>The dataset shipped inside EGov.dll (read and validated once per process).</summary>
    public static SurveyDataset ReadEmbedded() => Embedded.Value;

    /// <summary>The raw bytes of the embedded canonical files, by file name.</summary>
    public static IReadOnlyDictionary<string, byte[]> EmbeddedFiles()
    {
        var assembly = typeof(DatasetStore).Assembly;
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var name in CanonicalFormat.CsvFiles.Append(CanonicalFormat.ManifestFile))
        {
            using var stream = assembly.GetManifestResourceStream(ResourcePrefix + name);
            if (stream is null) continue;
            // A resource stream knows its length: one array of the final size (a growing MemoryStream allocated about four
            // times the file, mostly on the large-object heap, whose budget then forces full collections).
            var bytes = new byte[checked((int)stream.Length)];
            stream.ReadExactly(bytes);
            files[name] = bytes;
        }
        return files;
    }

    /// <summary>True when a folder holds canonical files (at least <see cref="CanonicalFormat.EgdiFile"/>, possibly still in a committed journal).</summary>
    public static bool HasDataset(string folder) =>
        File.Exists(Path.Combine(folder, CanonicalFormat.EgdiFile)) || File.Exists(Path.Combine(folder, DatasetWriter.CommitFolder, CanonicalFormat.EgdiFile));

    /// <summary>
    /// Reads and validates the canonical files in a folder. While an import's commit is being moved into place (or was
    /// stopped doing so), the files of its commit folder are taken first, so the result is always one whole dataset: the
    /// old or the new. A read that races a commit sees mismatched checksums and is repeated.
    /// </summary>
    /// <exception cref="DataValidationException">A file is missing or breaks a rule.</exception>
    public static SurveyDataset ReadDirectory(string folder)
    {
        for (var attempt = 1; ; attempt++)
        {
            var problems = new List<ValidationProblem>();
            var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var name in CanonicalFormat.CsvFiles.Append(CanonicalFormat.ManifestFile))
            {
                foreach (var path in new[] { Path.Combine(folder, DatasetWriter.CommitFolder, name), Path.Combine(folder, name) })
                {
                    if (!File.Exists(path)) continue;
                    var (bytes, rule, reason) = BoundedFile.Read(path, MaxCanonicalFileBytes);
                    if (bytes is not null) { files[name] = bytes; break; }
                    if (!File.Exists(path)) continue; // moved into place meanwhile
                    problems.Add(new ValidationProblem(path, 0, 0, "", "", rule, reason));
                    break;
                }
            }
            if (problems.Count > 0) throw new DataValidationException(problems);
            try
            {
                return CanonicalReader.Read(files, folder.TrimEnd('/', '\\') + Path.DirectorySeparatorChar);
            }
            catch (DataValidationException e) when (attempt < 5 && (e.Problems.Any(p => p.Rule == ValidationRule.ChecksumMismatch)
                                                                    || (e.Problems.Any(p => p.Rule == ValidationRule.MissingInput) && Directory.Exists(Path.Combine(folder, DatasetWriter.CommitFolder)))))
            {
                Thread.Sleep(50 * attempt);
            }
        }
    }

    /// <summary>
    /// Writes the canonical files into a folder (created if needed) as one atomic step, under the folder's lock
    /// (<see cref="DatasetWriter"/>): a reader or a killed process only ever sees the old or the new dataset.
    /// </summary>
    /// <exception cref="DatasetLockedException">Another writer held the folder for longer than <see cref="DefaultLockWait"/>.</exception>
    /// <exception cref="DatasetStorageException">The folder cannot be written.</exception>
    public static IReadOnlyList<string> WriteDirectory(string folder, SurveyDataset dataset)
    {
        using var writer = DatasetWriter.Open(folder, DefaultLockWait);
        return writer.Commit(CanonicalWriter.Render(dataset));
    }
}
