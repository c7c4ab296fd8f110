using System.CommandLine;
using EGov.Data;
using EGov.Data.Import;

namespace EGov.Cli;

/// <summary><c>egov import &lt;files or folders&gt; --out &lt;dir&gt;</c>: validates UN exports and writes the canonical files atomically.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "UN export files (Survey Year,Country Name,...), UNU-EGOV files, or folders of them. For an edition in several files the first UN export wins and the others are cross-checked.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--out") { Description = "Folder to write egdi.csv, countries.csv, country-aliases.csv and datapackage.json into.", Required = true };
        var fromScratch = new Option<bool>("--from-scratch")
        {
            Description = "Build only from the inputs (they must include UNU-EGOV's countries-data.csv). Default: build on the dataset already in --out, or on the embedded one.",
        };
        var command = new Command("import", "Import official UN exports: validate everything, then write the canonical files atomically (nothing is written when anything is wrong).")
        {
            inputs, output, fromScratch,
        };
        command.SetAction(parse => Run(parse.GetValue(inputs)!, parse.GetValue(output)!, parse.GetValue(fromScratch)));
        return command;
    }

    private static int Run(string[] inputs, string output, bool fromScratch)
    {
        try
        {
            SurveyDataset? baseline = fromScratch ? null
                : DatasetStore.HasDataset(output) ? DatasetStore.ReadDirectory(output)
                : DatasetStore.ReadEmbedded();
            var result = Importer.Import(inputs, baseline);
            foreach (var note in result.Notes) Console.Error.WriteLine("note: " + note);
            var written = DatasetStore.WriteDirectory(output, result.Dataset);
            var editions = result.Dataset.Editions;
            Console.WriteLine($"Imported {result.Dataset.Records.Count} rows ({editions.Count} editions, {editions[0]}-{editions[^1]}), " +
                              $"{result.Dataset.Countries.Count} countries, {result.Dataset.Aliases.Count} name spellings.");
            foreach (var path in written) Console.WriteLine("  wrote " + path);
            return 0;
        }
        catch (DataValidationException e)
        {
            Console.Error.WriteLine("Import failed; nothing was written.");
            Console.Error.WriteLine(e.Message);
            return 1;
        }
    }
}
