using System.Text;
using System.Text.RegularExpressions;
using EGov.Analysis;

namespace EGov.Cli.Publish;

/// <summary>
/// The results block of the project README, between <c>&lt;!-- egov publish: results --&gt;</c> and
/// <c>&lt;!-- /egov publish: results --&gt;</c>: the China claims, claimed beside computed (evaluated by the library from the
/// embedded data, as notebook 02 does), and the images of the charts whose cells are tagged <c>readme</c>.
/// </summary>
internal static partial class ReadmeResults
{
    public const string Tag = "readme";
    private const string Start = "<!-- egov publish: results -->";
    private const string End = "<!-- /egov publish: results -->";

    /// <summary>The block's content.</summary>
    public static string Render(IReadOnlyList<(string Title, string Path)> charts, string collectionFolder)
    {
        var text = new StringBuilder("\n");
        text.Append("The claims a 2020 news report made about China, each computed from the data ([notebook 02](")
            .Append(MarkdownText.Destination(collectionFolder + "/02-china-2020-findings.md")).Append(")):\n\n");
        text.Append("| # | Claim | Claimed | Computed | Verdict |\n|---|---|---|---|---|\n");
        foreach (var r in Survey.Load().EvaluateFindings())
            text.Append($"| {r.Id} | {Cell(r.Claim)} | {Cell(r.Claimed)} | {Cell(r.Computed)} | {Verdict(r.Verdict)} |\n");
        text.Append('\n');
        foreach (var (title, path) in charts) text.Append("![").Append(MarkdownText.LinkText(title)).Append("](").Append(MarkdownText.Destination(path)).Append(")\n\n");
        text.Append("All notebooks, executed, with every table and chart: [").Append(MarkdownText.LinkText(collectionFolder)).Append("](")
            .Append(MarkdownText.Destination(collectionFolder + "/README.md")).Append(").\n");
        return text.ToString();
    }

    /// <summary>The README with its results block replaced.</summary>
    /// <exception cref="PublishException">The README has no results block.</exception>
    public static string Replace(string readme, string block, string readmePath)
    {
        var match = Block().Match(readme);
        if (!match.Success) throw new PublishException($"{readmePath} has no results block ({Start} ... {End})");
        return readme[..match.Index] + Start + block + End + readme[(match.Index + match.Length)..];
    }

    private static string Verdict(ClaimVerdict verdict) => verdict switch
    {
        ClaimVerdict.Reproduced => "reproduced",
        ClaimVerdict.NotReproduced => "**not reproduced**",
        ClaimVerdict.NotCheckable => "not checkable",
        _ => verdict.ToString(),
    };

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal)
        .Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal);

    [GeneratedRegex(@"<!-- egov publish: results -->.*?<!-- /egov publish: results -->", RegexOptions.Singleline)]
    private static partial Regex Block();
}
