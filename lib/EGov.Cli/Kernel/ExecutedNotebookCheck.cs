using System.CommandLine;
using System.Text.Json.Nodes;
using EGov.Cli.Notebooks;

namespace EGov.Cli.Kernel;

/// <summary>
/// <c>egov kernel check NOTEBOOKS... [--compare-with DIR]</c>: reads notebooks executed by another client (Jupyter's
/// nbconvert with <c>--allow-errors</c>), reports each failing cell with its real error text (the kernel writes a compile
/// error's diagnostic to the cell's stderr stream, not into the error), and optionally checks that every Deedle table the
/// notebook printed is identical to the one in the same notebook executed by <c>egov run</c>. Exit 0 all passed; 1 a
/// notebook failed, is not a valid notebook or differs; 2 a usage problem (a notebook or --compare-with folder that does
/// not exist), found before anything is checked.
/// </summary>
internal static class ExecutedNotebookCheck
{
    public static Command Create()
    {
        var notebooks = new Argument<string[]>("notebooks") { Arity = ArgumentArity.OneOrMore, Description = "Executed notebooks (.ipynb)." };
        var compare = new Option<string?>("--compare-with") { Description = "A folder of the same notebooks executed by `egov run`; their tables must be identical." };
        var command = new Command("check", "Report the failing cells of executed notebooks and compare their tables with another run.") { notebooks, compare };
        command.SetAction(parse => Run(parse.GetValue(notebooks)!, parse.GetValue(compare)));
        return command;
    }

    private static int Run(string[] notebooks, string? compareWith)
    {
        var missing = notebooks.Where(n => !File.Exists(n)).ToList();
        if (missing.Count > 0 || (compareWith is not null && !Directory.Exists(compareWith)))
        {
            Console.Error.WriteLine(missing.Count > 0
                ? $"egov kernel check: no such notebook: {string.Join(", ", missing.Select(EGov.Data.Printable.Escape))}"
                : $"egov kernel check: --compare-with {EGov.Data.Printable.Escape(compareWith!)} is not a folder");
            return 2;
        }
        var failures = 0;
        foreach (var path in notebooks)
        {
            IReadOnlyList<NotebookCell> cells;
            try { cells = NotebookDocument.Load(path).Cells; }
            catch (NotebookFormatException e) { failures++; Console.WriteLine($"FAILED {e.Message}"); continue; }
            var errors = Errors(cells).Take(1).ToList();
            if (errors.Count > 0)
            {
                failures++;
                var error = errors[0];
                Console.WriteLine($"FAILED {path}\n  cell {error.Number}: {error.FirstLine}\n  {error.Text.Replace("\n", "\n  ", StringComparison.Ordinal)}");
                continue;
            }
            var tables = Tables(cells);
            if (compareWith is null) { Console.WriteLine($"passed {path} ({tables.Count} tables)"); continue; }
            var other = Path.Combine(compareWith, Path.GetFileName(path));
            if (!File.Exists(other)) { failures++; Console.WriteLine($"MISSING {other} to compare {path} with"); continue; }
            List<string> theirs;
            try { theirs = Tables(NotebookDocument.Load(other).Cells); }
            catch (NotebookFormatException e) { failures++; Console.WriteLine($"FAILED {e.Message}"); continue; }
            var differing = tables.Zip(theirs).Select((pair, i) => (pair, i)).Where(x => x.pair.First != x.pair.Second).Select(x => x.i + 1).ToList();
            if (tables.Count != theirs.Count || differing.Count > 0)
            {
                failures++;
                Console.WriteLine($"DIFFERENT {path}: {tables.Count} tables vs {theirs.Count} in {other}" +
                                  (differing.Count > 0 ? $"; tables {string.Join(", ", differing)} differ" : ""));
            }
            else Console.WriteLine($"passed {path}: its {tables.Count} tables are identical to {other}'s");
        }
        Console.WriteLine($"kernel check: {notebooks.Length - failures} notebooks passed, {failures} failed");
        return failures == 0 ? 0 : 1;
    }

    private static IEnumerable<(int Number, string FirstLine, string Text)> Errors(IReadOnlyList<NotebookCell> cells)
    {
        var number = 0;
        foreach (var cell in cells.Where(c => c.Kind == CellKind.Code))
        {
            number++;
            var outputs = cell.Outputs.OfType<JsonNode>().ToList();
            var error = outputs.FirstOrDefault(o => (string?)o["output_type"] == "error");
            if (error is null) continue;
            var stderr = string.Concat(outputs.Where(o => (string?)o["output_type"] == "stream" && (string?)o["name"] == "stderr").Select(o => NotebookText.Of(o["text"])));
            yield return (number, cell.FirstLine, $"{(string?)error["ename"]}: {(string?)error["evalue"]}" + (stderr.Length > 0 ? "\n" + stderr.TrimEnd() : ""));
        }
    }

    /// <summary>Every Deedle table (EGov.Display.FrameHtml) the notebook printed, in order.</summary>
    private static List<string> Tables(IReadOnlyList<NotebookCell> cells) =>
        cells.SelectMany(c => c.Outputs.OfType<JsonNode>())
            .Select(o => NotebookText.Of(o["data"]?["text/html"]))
            .Where(h => h.Contains("class=\"egov-frame\"", StringComparison.Ordinal) || h.Contains("class=\"egov-series\"", StringComparison.Ordinal))
            .ToList();
}
