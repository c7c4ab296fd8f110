using System.CommandLine;

namespace EGov.Cli.Notebooks;

/// <summary>
/// <c>egov notebooks nav|sync [--check]</c>: regenerate the cells the notebooks share: the index table and prev/next/index
/// links (<c>nav</c>), and the set-up cells from notebooks/setup-template.csx (<c>sync</c>).
/// </summary>
internal static class NotebooksCommand
{
    public static Command Create() => new("notebooks", "Maintain the notebook collection's generated cells.")
    {
        Generator("nav", "Regenerate 00-index's table and every notebook's navigation cell from the notebooks' titles.", "navigation and index",
            NotebookCollection.Update),
        Generator("sync", "Rewrite every notebook's set-up cells (tagged 'setup') from notebooks/setup-template.csx and the pinned package versions.",
            "set-up cells", SetupCells.Sync),
    };

    private static Command Generator(string name, string description, string what, Func<string, bool, IReadOnlyList<string>> update)
    {
        var folder = new Option<string>("--folder") { Description = "The notebooks folder.", DefaultValueFactory = _ => NotebookCatalog.DefaultFolder };
        var check = new Option<bool>("--check") { Description = "Change nothing; exit 1 if any notebook's generated cells are out of date." };
        var command = new Command(name, description) { folder, check };
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(folder)!;
            if (!Directory.Exists(dir))
            {
                Console.Error.WriteLine($"egov notebooks {name}: no folder {dir}; this command maintains the repository's own notebooks (notebooks/NN-*.ipynb): run it in a clone of the repository, or give --folder");
                return 2;
            }
            var isCheck = parse.GetValue(check);
            IReadOnlyList<string> changed;
            try { changed = update(dir, !isCheck); }
            catch (Exception e) when (e is NotebookFormatException or InvalidOperationException or IOException or System.Xml.XmlException)
            {
                Console.Error.WriteLine($"egov notebooks {name}: {e.Message}");
                return 2;
            }
            foreach (var path in changed) (isCheck ? Console.Error : Console.Out).WriteLine((isCheck ? "out of date: " : "updated: ") + path);
            if (changed.Count == 0) Console.WriteLine($"{what} are up to date");
            else if (isCheck) Console.Error.WriteLine($"run `egov notebooks {name}` to regenerate them");
            return isCheck && changed.Count > 0 ? 1 : 0;
        });
        return command;
    }
}
