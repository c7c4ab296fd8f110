using System.Globalization;
using System.Net;
using System.Text;
using EGov.Cli.Notebooks;
using EGov.Display;

namespace EGov.Cli.Report;

/// <summary>
/// The offline report of a run as a small site: <c>index.html</c> (the run and its notebooks), one page per notebook with
/// a table of contents always in view, and <c>print.html</c> (every notebook on one page, each starting on a new printed
/// page; what <c>--pdf</c> prints). plotly.js and the map geometry are one shared file, <c>assets/plotly.js</c>, so a page
/// opens fast and nothing is fetched from the network.
/// </summary>
internal static class ReportSite
{
    public const string IndexPage = "index.html";
    public const string PrintPage = "print.html";
    private const string Assets = "assets";

    private sealed record Entry(NotebookResult Result, NotebookDocument? Notebook, string Page, string Title);

    /// <summary>Writes the site into <paramref name="output"/>; returns the path of its index page.</summary>
    public static string Write(string output, RunSummary summary)
    {
        Directory.CreateDirectory(Path.Combine(output, Assets));
        AtomicFile.WriteAllText(Path.Combine(output, Assets, "plotly.js"), PlotlyAssets.OfflineScript());
        AtomicFile.WriteAllText(Path.Combine(output, Assets, "report.css"), ReportStyles.Css);
        var pageNames = PageNames(summary.Notebooks.Select(r => r.Notebook).ToList());
        var entries = summary.Notebooks.Select(r =>
        {
            var notebook = Load(output, r);
            return new Entry(r, notebook, pageNames[r.Notebook], notebook?.Heading ?? Path.GetFileName(r.Notebook));
        }).ToList();
        // A link to a sibling notebook (02-x.ipynb) goes to its page; two notebooks of one name: the first one's.
        var pages = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in entries) pages.TryAdd(Path.GetFileName(entry.Result.Notebook), entry.Page);
        string Link(string url) => pages.TryGetValue(Path.GetFileName(url), out var page) ? Href(page) : url.Replace(".ipynb", ".html", StringComparison.OrdinalIgnoreCase);

        foreach (var entry in entries)
        {
            var html = new NotebookHtml(Link);
            var body = html.Render(entry.Result, entry.Notebook, "notebook");
            AtomicFile.WriteAllText(Path.Combine(output, entry.Page), Page(entry.Title, Sidebar(entries, entry, html.Sections), body));
        }
        AtomicFile.WriteAllText(Path.Combine(output, IndexPage), Page("Report", Sidebar(entries, null, []), Index(summary, entries)));
        var print = new NotebookHtml(url => "#" + Anchor(Link(url)));
        print.Reserve(entries.Select(e => Anchor(e.Page)));
        var all = new StringBuilder(Index(summary, entries, link: e => "#" + Anchor(e.Page)));
        foreach (var entry in entries) all.Append(print.Render(entry.Result, entry.Notebook, Anchor(entry.Page)));
        AtomicFile.WriteAllText(Path.Combine(output, PrintPage), Page("Report (all notebooks)", null, all.ToString()));
        return Path.Combine(output, IndexPage);
    }

    private static string Index(RunSummary summary, IReadOnlyList<Entry> entries, Func<Entry, string>? link = null)
    {
        link ??= e => Href(e.Page);
        var html = new StringBuilder("<header><h1>E-Government Survey Notebooks</h1>\n");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"run\">Run {E(summary.Started.ToString("yyyy-MM-dd HH:mm zzz", CultureInfo.InvariantCulture))}: {summary.Passed} passed, {summary.Failed} failed, {summary.Seconds:0.0} s.");
        if (summary.StaticImages is { } images) html.Append(CultureInfo.InvariantCulture, $" Static images: {images.Images} of {images.Charts} charts.");
        html.Append("</p>\n<table class=\"index\"><thead><tr><th>notebook</th><th>title</th><th>status</th><th>time</th></tr></thead><tbody>\n");
        foreach (var e in entries)
            html.Append(CultureInfo.InvariantCulture,
                $"<tr class=\"{NotebookHtml.StatusClass(e.Result.Status)}\"><td><a href=\"{E(link(e))}\">{E(Path.GetFileName(e.Result.Notebook))}</a></td><td>{E(e.Title)}</td><td>{E(RunStatusConverter.Text(e.Result.Status))}</td><td>{e.Result.Seconds:0.0} s</td></tr>\n");
        return html.Append("</tbody></table></header>\n").ToString();
    }

    private static string Sidebar(IReadOnlyList<Entry> entries, Entry? current, IReadOnlyList<(string Text, string Id)> sections)
    {
        var html = new StringBuilder("<nav class=\"toc\"><p class=\"home\"><a href=\"index.html\">Report</a></p><ol>\n");
        foreach (var e in entries)
        {
            var here = ReferenceEquals(e, current);
            html.Append(CultureInfo.InvariantCulture, $"<li class=\"{NotebookHtml.StatusClass(e.Result.Status)}{(here ? " current" : "")}\"><a href=\"{E(Href(e.Page))}\">{E(e.Title)}</a>");
            if (here && sections.Count > 0)
            {
                html.Append("<ol class=\"sections\">");
                foreach (var (text, id) in sections) html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#{E(id)}\">{E(text)}</a></li>");
                html.Append("</ol>");
            }
            html.Append("</li>\n");
        }
        return html.Append("</ol><p class=\"print\"><a href=\"print.html\">All on one page (print, PDF)</a></p></nav>\n").ToString();
    }

    private static string Page(string title, string? sidebar, string body) =>
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + $"<title>{E(title)} · E-Government Survey Notebooks</title>\n<link rel=\"stylesheet\" href=\"assets/report.css\">\n<script src=\"assets/plotly.js\"></script>\n"
        + $"</head><body class=\"{(sidebar is null ? "single" : "site")}\">\n{sidebar}<main>\n{body}</main>\n</body></html>\n";

    /// <summary>The executed notebook, else the notebook as written (timed out or crashed), else nothing (not a notebook).</summary>
    private static NotebookDocument? Load(string output, NotebookResult result)
    {
        var path = result.ExecutedNotebook is { } executed ? Path.Combine(output, executed) : null;
        if (path is null || !File.Exists(path)) path = result.Notebook;
        try { return NotebookDocument.Load(path); }
        catch (NotebookFormatException) { return null; }
    }

    /// <summary>
    /// The page of each notebook (by path): its file name with every character but letters, digits, <c>.</c>, <c>_</c> and
    /// <c>-</c> replaced by <c>-</c>, made unique ignoring case (<c>-2</c>, <c>-3</c>), never the index or print page. So a
    /// page name is safe in a URL, an attribute and an id whatever the notebook's file is called.
    /// </summary>
    public static IReadOnlyDictionary<string, string> PageNames(IReadOnlyList<string> notebooks)
    {
        var taken = new HashSet<string>([IndexPage, PrintPage], StringComparer.OrdinalIgnoreCase);
        var pages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var notebook in notebooks)
        {
            if (pages.ContainsKey(notebook)) continue;
            var stem = new string(Path.GetFileNameWithoutExtension(notebook).Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' ? c : '-').ToArray()).TrimStart('.');
            if (stem.Length == 0) stem = "notebook";
            var page = stem + ".html";
            for (var n = 2; !taken.Add(page); n++) page = $"{stem}-{n}.html";
            pages[notebook] = page;
        }
        return pages;
    }

    /// <summary>A page name as a relative URL (page names are already safe; escaped all the same).</summary>
    private static string Href(string page) => Uri.EscapeDataString(page);

    /// <summary>The id of a notebook's section in print.html: <c>nb-</c> and its page name (safe characters only, unique).</summary>
    private static string Anchor(string page) => "nb-" + Path.GetFileNameWithoutExtension(page).ToLowerInvariant();

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
