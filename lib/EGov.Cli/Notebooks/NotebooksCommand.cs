using System.CommandLine;

namespace EGov.Cli.Notebooks;

/// <summary><c>egov notebooks nav [--check]</c>: regenerate the index table and the prev/next/index links of the notebooks.</summary>
internal static class NotebooksCommand
{
    public static Command Create()
    {
        var folder = new Option<string>("--folder") { Description = "The notebooks folder.", DefaultValueFactory = _ => "notebooks" };
        var check = new Option<bool>("--check") { Description = "Change nothing; exit 1 if any notebook's generated cells are out of date." };
        var nav = new Command("nav", "Regenerate 00-index's table and every notebook's navigation cell from the notebooks' titles.") { folder, check };
        nav.SetAction(parse =>
        {
            var dir = parse.GetValue(folder)!;
            if (!Directory.Exists(dir)) { Console.Error.WriteLine($"no folder {dir}"); return 2; }
            var isCheck = parse.GetValue(check);
            var changed = NotebookCollection.Update(dir, write: !isCheck);
            foreach (var path in changed) Console.WriteLine((isCheck ? "out of date: " : "updated: ") + path);
            if (changed.Count == 0) Console.WriteLine("navigation and index are up to date");
            return isCheck && changed.Count > 0 ? 1 : 0;
        });
        return new Command("notebooks", "Maintain the notebook collection.") { nav };
    }
}
