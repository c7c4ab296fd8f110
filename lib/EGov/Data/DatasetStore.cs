namespace EGov.Data;

/// <summary>Reads the canonical dataset from the copy embedded in EGov.dll or from a folder, and writes it to a folder atomically.</summary>
public static class DatasetStore
{
    private const string ResourcePrefix = "EGov.Data.";
    private static readonly Lazy<SurveyDataset> Embedded = new(() => CanonicalReader.Read(EmbeddedFiles(), "(embedded) "));

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

    /// <summary>True when a folder holds canonical files (at least <see cref="CanonicalFormat.EgdiFile"/>).</summary>
    public static bool HasDataset(string folder) => File.Exists(Path.Combine(folder, CanonicalFormat.EgdiFile));

    /// <summary>Reads and validates the canonical files in a folder.</summary>
    /// <exception cref="DataValidationException">A file is missing or breaks a rule.</exception>
    public static SurveyDataset ReadDirectory(string folder)
    {
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var name in CanonicalFormat.CsvFiles.Append(CanonicalFormat.ManifestFile))
        {
            var path = Path.Combine(folder, name);
            if (File.Exists(path)) files[name] = File.ReadAllBytes(path);
        }
        return CanonicalReader.Read(files, folder.TrimEnd('/', '\\') + Path.DirectorySeparatorChar);
    }

    /// <summary>
    /// Writes the canonical files into a folder (created if needed): every file is first written in full to a temporary
    /// file beside its target, and only when all are written are they renamed over the targets. If anything fails before
    /// the renames, the folder is left as it was.
    /// </summary>
    public static IReadOnlyList<string> WriteDirectory(string folder, SurveyDataset dataset)
    {
        var files = CanonicalWriter.Render(dataset);
        Directory.CreateDirectory(folder);
        var temporary = new List<(string Temp, string Target)>();
        try
        {
            foreach (var (name, bytes) in files)
            {
                var target = Path.Combine(folder, name);
                var temp = Path.Combine(folder, $".{name}.{Guid.NewGuid():N}.tmp");
                temporary.Add((temp, target));
                using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
                {
                    stream.Write(bytes);
                    stream.Flush(flushToDisk: true);
                }
            }
            foreach (var (temp, target) in temporary) File.Move(temp, target, overwrite: true);
            return temporary.Select(t => t.Target).ToList();
        }
        finally
        {
            foreach (var (temp, _) in temporary)
                if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
