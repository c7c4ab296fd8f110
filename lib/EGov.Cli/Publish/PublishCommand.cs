using System.CommandLine;

namespace EGov.Cli.Publish;

/// <summary>
/// <c>egov publish [--from DIR] [--out DIR] [--check]</c>: writes the committed, GitHub-readable copy of the collection
/// (docs/collection) from an <c>egov run</c> output, or checks that the committed copy is fresh.
/// </summary>
internal static class PublishCommand
{
    public static Command Create()
    {
        var from = new Option<string>("--from") { Description = "The `egov run` output folder to publish.", DefaultValueFactory = _ => Path.Combine("artifacts", "report") };
        var output = new Option<string>("--out") { Description = "The published copy's folder.", DefaultValueFactory = _ => Path.Combine("docs", "collection") };
        var readme = new Option<string>("--readme") { Description = "The README whose results block (claims table, featured charts) is rewritten.", DefaultValueFactory = _ => "README.md" };
        var check = new Option<bool>("--check") { Description = "Write nothing; exit 1 when the committed copy differs from what this run would publish." };
        var command = new Command("publish", "Write docs/collection (Markdown, tables, chart images) and README's results from an `egov run`, or check that they are fresh.") { from, output, readme, check };
        command.SetAction(parse =>
        {
            var run = parse.GetValue(from)!;
            var folder = parse.GetValue(output)!;
            var readmePath = parse.GetValue(readme)!;
            if (string.IsNullOrWhiteSpace(run) || string.IsNullOrWhiteSpace(folder) || string.IsNullOrWhiteSpace(readmePath))
            {
                Console.Error.WriteLine("egov publish: --from, --out and --readme must name a folder or file (one of them is empty)");
                return 2;
            }
            try { CollectionPublisher.ReadReadme(readmePath); }
            catch (PublishException e) { Console.Error.WriteLine("egov publish: " + e.Message); return 2; }
            if (Path.Exists(folder) && !Directory.Exists(folder))
            {
                Console.Error.WriteLine($"egov publish: --out {EGov.Data.Printable.Escape(folder)} is not a folder (a file, named pipe, device or socket is there); nothing was changed");
                return 2;
            }
            var readmeReal = RealPath.Of(readmePath);
            if (readmeReal.StartsWith(RealPath.Of(run).TrimEnd('/') + "/", StringComparison.Ordinal))
            {
                Console.Error.WriteLine($"egov publish: --readme {EGov.Data.Printable.Escape(readmePath)} is a file of the run it publishes (--from {EGov.Data.Printable.Escape(run)}): publish never writes where it reads. " +
                                        "Name the project's README.md; nothing was changed");
                return 2;
            }
            if (!parse.GetValue(check) && Overlap(run, folder) is { } overlap) { Console.Error.WriteLine("egov publish: " + overlap); return 2; }
            try
            {
                var collection = CollectionPublisher.Build(run, CollectionPublisher.Commit(), Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(readmePath))!, Path.GetFullPath(folder)).Replace('\\', '/'));
                if (collection.MissingImages > 0)
                {
                    Console.Error.WriteLine($"egov publish: {collection.MissingImages} of {collection.Charts} charts in {run} have no static image; run `egov run` with Chromium installed ({Browser.HeadlessBrowser.InstallHint})");
                    return 1;
                }
                if (parse.GetValue(check))
                {
                    var differences = CollectionPublisher.Differences(collection, folder, readmePath);
                    if (differences.Count == 0)
                    {
                        Console.WriteLine($"{folder} is up to date ({collection.Files.Count} files, {collection.Charts} charts compared by figure hash)");
                        return 0;
                    }
                    foreach (var difference in differences) Console.Error.WriteLine(difference);
                    Console.Error.WriteLine($"egov publish --check: {folder} is stale ({differences.Count} differences); run `egov run` then `egov publish` and commit {folder}");
                    return 1;
                }
                CollectionPublisher.Write(collection, folder, readmePath);
                Console.WriteLine($"published {collection.Files.Count(f => f.Key.EndsWith(".md", StringComparison.Ordinal))} Markdown files and {collection.Charts} chart images into {folder}");
                return 0;
            }
            catch (PublishException e)
            {
                Console.Error.WriteLine("egov publish: " + e.Message);
                return 2;
            }
            catch (IOException e)
            {
                Console.Error.WriteLine($"egov publish: could not write {folder}: {e.Message}");
                return 2;
            }
            catch (UnauthorizedAccessException e)
            {
                Console.Error.WriteLine($"egov publish: could not write {folder}: {e.Message}");
                return 2;
            }
        });
        return command;
    }

    /// <summary>Why the copy may not be written into <paramref name="folder"/> when the run is read from <paramref name="run"/> (null when it may).</summary>
    private static string? Overlap(string run, string folder)
    {
        var (from, to) = (RealPath.Of(run), RealPath.Of(folder));
        if (from == to || from.StartsWith(to.TrimEnd('/') + "/", StringComparison.Ordinal))
            return $"--out {EGov.Data.Printable.Escape(folder)} holds the run it publishes (--from {EGov.Data.Printable.Escape(run)}): publish never writes where it reads. " +
                   "Publish into another folder, e.g. --out docs/collection; nothing was changed";
        return null;
    }
}
