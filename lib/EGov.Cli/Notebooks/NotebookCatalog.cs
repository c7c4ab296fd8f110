using System.Text.RegularExpressions;

namespace EGov.Cli.Notebooks;

/// <summary>The collection's notebooks: files named <c>NN-title.ipynb</c> in the notebooks folder, in order.</summary>
internal static partial class NotebookCatalog
{
    /// <summary>The collection's folder, relative to the repository root.</summary>
    public const string DefaultFolder = "notebooks";

    /// <summary>True for a collection notebook's file name (<c>NN-title.ipynb</c>).</summary>
    public static bool IsNumbered(string path) => NumberedName().IsMatch(Path.GetFileName(path));

    /// <summary>The numbered notebooks of <paramref name="folder"/>, full paths in name order (empty when the folder is missing).</summary>
    public static IReadOnlyList<string> Numbered(string folder)
    {
        if (!Directory.Exists(folder)) return [];
        return Directory.GetFiles(Path.GetFullPath(folder), "*.ipynb").Where(IsNumbered).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The title of a collection notebook: its heading without the leading number ("02 · ").</summary>
    public static string Title(NotebookDocument notebook) =>
        LeadingNumber().Replace(notebook.Heading ?? Path.GetFileName(notebook.Path), "");

    [GeneratedRegex(@"^\d\d-.+\.ipynb$")]
    private static partial Regex NumberedName();

    [GeneratedRegex(@"^\d\d\s*[·.:-]\s*")]
    private static partial Regex LeadingNumber();
}
