using System.CommandLine;
using EGov.Data.Import;

namespace EGov.Cli;

/// <summary>
/// <c>egov import &lt;files or folders&gt; --out &lt;dir&gt;</c>: validates UN exports and writes the canonical files as one
/// atomic step under the folder's lock. Exit codes: 0 imported; 1 the data is invalid (every problem is listed with file,
/// line, column, rule and value); 2 a usage or environment problem (a missing, unreadable or non-regular input, an
/// output that is not a writable folder, a full disk, another import holding the folder). Nothing is written unless 0.
/// </summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "UN export files (Survey Year,Country Name,...), UNU-EGOV files, or folders of them. For an edition in several files the first UN export wins and the others are cross-checked.",
            Arity = ArgumentArity.OneOrMore,
        };
        var output = new Option<string>("--out") { Description = "Folder to write egdi.csv, countries.csv, country-aliases.csv, quality-flags.csv and datapackage.json into (created if missing).", Required = true };
        var fromScratch = new Option<bool>("--from-scratch")
        {
            Description = "Build only from the inputs (they must include UNU-EGOV's countries-data.csv). Default: build on the dataset already in --out, or on the embedded one.",
        };
        var replace = new Option<bool>("--replace")
        {
            Description = "Let the inputs replace an edition the existing dataset already holds with different values (refused by default).",
        };
        var wait = new Option<int>("--wait")
        {
            Description = "Seconds to wait for another import writing to the same --out before giving up (exit 2).",
            DefaultValueFactory = _ => 60,
        }.WholeNumber(0, MaxWaitSeconds, "seconds");
        var command = new Command("import", "Import official UN exports: validate everything, then write the canonical files as one atomic step (nothing is written when anything is wrong). Exit 0 imported, 1 invalid data, 2 usage or environment problem.")
        {
            inputs, output, fromScratch, replace, wait,
        };
        command.SetAction(parse => Run(parse.GetValue(inputs)!, parse.GetValue(output)!, parse.GetValue(fromScratch), parse.GetValue(replace), parse.GetValue(wait)));
        return command;
    }

    /// <summary>The longest --wait: a day.</summary>
    public const int MaxWaitSeconds = 86_400;

    private static int Run(string[] inputs, string output, bool fromScratch, bool replace, int waitSeconds) =>
        ImportRun.Run(inputs, output, fromScratch, new ImportOptions(ReplaceEditions: replace), TimeSpan.FromSeconds(waitSeconds), Console.Out, Console.Error).ExitCode;
}
