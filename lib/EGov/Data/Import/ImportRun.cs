using EGov.Data.Storage;

namespace EGov.Data.Import;

/// <summary>
/// One run of <c>egov import</c>, as a library call (the command line only parses its arguments into this): locks and
/// recovers the output folder, reads the baseline, imports, writes everything as one atomic step, and prints what a person
/// needs. Never throws for bad data or a bad environment: the outcome carries the exit code (<see cref="ExitCodes"/>).
/// </summary>
public static class ImportRun
{
    /// <summary>Runs an import, writing the report to <paramref name="stdout"/> and <paramref name="stderr"/>.</summary>
    /// <param name="inputs">Files or folders to import.</param>
    /// <param name="output">The dataset folder (created if missing).</param>
    /// <param name="fromScratch">Build only from the inputs; otherwise on the dataset in <paramref name="output"/> or the embedded one.</param>
    /// <param name="options">Replacing editions, limits.</param>
    /// <param name="wait">How long to wait for another import holding the folder.</param>
    /// <param name="stdout">Where the summary goes.</param>
    /// <param name="stderr">Where notes and problems go.</param>
    public static ImportOutcome Run(IReadOnlyList<string> inputs, string output, bool fromScratch, ImportOptions options, TimeSpan wait, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            using var writer = DatasetWriter.Open(output, wait);
            foreach (var line in writer.Recovered) stderr.WriteLine("note: " + line);
            var baseline = fromScratch ? null : writer.ReadExisting() ?? DatasetStore.ReadEmbedded();
            var result = Importer.Import(inputs, baseline, options);
            foreach (var note in result.Notes) stderr.WriteLine("note: " + Printable.Escape(note));
            var written = writer.Commit(CanonicalWriter.Render(result.Dataset));
            var editions = result.Dataset.Editions;
            stdout.WriteLine($"Imported {result.Dataset.Records.Count} rows ({editions.Count} editions, {editions[0]}-{editions[^1]}), " +
                             $"{result.Dataset.Countries.Count} countries, {result.Dataset.Aliases.Count} name spellings, {result.Dataset.QualityFlags.Count} quality flags.");
            foreach (var path in written) stdout.WriteLine("  wrote " + Printable.Escape(path));
            return new ImportOutcome(ExitCodes.Ok, [], result.Dataset);
        }
        catch (DataValidationException e)
        {
            stderr.WriteLine("Import failed; nothing was written.");
            stderr.WriteLine(e.Message);
            return new ImportOutcome(e.IsEnvironmental ? ExitCodes.Environment : ExitCodes.InvalidData, e.Problems, null);
        }
        catch (DatasetLockedException e)
        {
            stderr.WriteLine("Import refused: " + e.Message);
            return new ImportOutcome(ExitCodes.Environment, [], null);
        }
        catch (DatasetStorageException e)
        {
            stderr.WriteLine("Import failed: " + e.Message);
            return new ImportOutcome(ExitCodes.Environment, [], null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"Import failed: {Printable.Escape(e.Message)}. Nothing was written.");
            return new ImportOutcome(ExitCodes.Environment, [], null);
        }
    }
}
