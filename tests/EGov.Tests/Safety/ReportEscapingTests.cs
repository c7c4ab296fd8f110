using AngleSharp.Html.Parser;
using EGov.Cli.Notebooks;
using EGov.Cli.Report;
using EGov.Tests.Run;

namespace EGov.Tests.Safety;

/// <summary>
/// Notebook file names and headings that are HTML, attributes or URL syntax: every page of the report, read with an HTML5
/// parser, has only the attributes the report writes, links that reach their page or section, and unique ids.
/// </summary>
public sealed class ReportEscapingTests : IDisposable
{
    private static readonly string[] HostileNames =
    [
        "x\" onmouseover=\"alert(document.domain)\" data-x=\".ipynb",
        "y' onfocus='alert(1)' autofocus='.ipynb",
        "<img src=x onerror=alert(1)>.ipynb",
        "a b%20#c?d&amp;.ipynb",
        "index.ipynb",
        "print.ipynb",
        "Ünïcode ·名前.ipynb",
        ".hidden.ipynb",
    ];

    private readonly string root = Directory.CreateTempSubdirectory("egov-report-escaping-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void Hostile_file_names_and_headings_become_text_never_attributes_and_every_link_resolves()
    {
        foreach (var name in HostileNames)
            SafetyNotebooks.Prose(root, name, heading: "Title \" onclick=\"alert(2)\" & 'quoted' <b>bold</b>");
        var run = CliProcess.Run(root, ["run", .. HostileNames, "--out", "out"]);
        Assert.True(run.Exit == 0, run.Stderr);
        var output = Path.Combine(root, "out");
        var pages = Directory.GetFiles(output, "*.html");
        Assert.Equal(HostileNames.Length + 2, pages.Length); // a page per notebook, index.html and print.html
        Assert.Contains("<h1>E-Government Survey Notebooks</h1>", File.ReadAllText(Path.Combine(output, "index.html"))); // not notebook index.ipynb's page
        var parser = new HtmlParser();
        int attributes = 0, links = 0;
        foreach (var page in pages)
        {
            var document = parser.ParseDocument(File.ReadAllText(page));
            var where = Path.GetFileName(page);
            Assert.DoesNotContain(document.QuerySelectorAll("script"), s => s.GetAttribute("src") != "assets/plotly.js");
            foreach (var element in document.All)
                foreach (var attribute in element.Attributes)
                {
                    Assert.False(attribute.Name.StartsWith("on", StringComparison.Ordinal), $"{where}: <{element.LocalName} {attribute.Name}=...>");
                    Assert.True(attribute.Name is "class" or "id" or "href" or "lang" or "charset" or "name" or "content" or "rel" or "src" or "open",
                        $"{where}: unexpected attribute {attribute.Name} on <{element.LocalName}>");
                    attributes++;
                }
            var ids = document.All.Select(e => e.Id).OfType<string>().Where(id => id.Length > 0).ToList();
            Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
            foreach (var link in document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!))
            {
                links++;
                if (link.StartsWith('#')) Assert.True(ids.Contains(Uri.UnescapeDataString(link[1..])), $"{where}: {link} names no id");
                else
                {
                    var file = Uri.UnescapeDataString(link.Split('#')[0]);
                    Assert.True(File.Exists(Path.Combine(output, file)), $"{where}: {link} names no file");
                }
            }
        }
        var print = parser.ParseDocument(File.ReadAllText(Path.Combine(output, "print.html")));
        Assert.Equal(HostileNames.Length, print.QuerySelectorAll("section.notebook").Length);
        Assert.All(print.QuerySelectorAll("section.notebook"), s => Assert.Matches("^nb-[a-z0-9._-]+$", s.Id));
        // The file names are shown as they are, as text.
        Assert.Contains(print.QuerySelectorAll("p.file"), p => p.TextContent.StartsWith(HostileNames[0], StringComparison.Ordinal));

        // docs/reliability.md: each name and the page it got, with what the HTML5 parser found in every page.
        var names = EGov.Cli.Report.ReportSite.PageNames(HostileNames.Select(n => Path.Combine(root, n)).ToList());
        var table = new DocTable("notebook file (heading: `Title \" onclick=\"alert(2)\" & 'quoted' <b>bold</b>`)", "its page");
        foreach (var name in HostileNames)
        {
            Assert.True(File.Exists(Path.Combine(output, names[Path.Combine(root, name)])));
            table.Add("`" + name + "`", "`" + names[Path.Combine(root, name)] + "`");
        }
        var section = table + $"\nEvery page read back with AngleSharp's HTML5 parser ({pages.Length} pages): {attributes} attributes, all of those the report writes " +
            $"(none named on...), {links} links, each reaching its file or id; ids unique per page; print.html's sections `nb-...`.\n";
        ReliabilityDoc.Check("report-names", "tests/EGov.Tests/Safety/ReportEscapingTests.cs", section);
    }

    [Fact]
    public void The_site_of_a_summary_with_two_notebooks_of_one_name_is_written_without_an_exception()
    {
        var output = Path.Combine(root, "site");
        Directory.CreateDirectory(output);
        var a = SafetyNotebooks.Prose(Path.Combine(root, "a"), "x.ipynb", "First");
        var b = SafetyNotebooks.Prose(Path.Combine(root, "b"), "x.ipynb", "Second");
        var summary = new RunSummary(DateTimeOffset.Now, 1, 2, 0,
            [new NotebookResult(a, RunStatus.Passed, 0.1, null, [], null), new NotebookResult(b, RunStatus.Passed, 0.1, null, [], null)]);
        ReportSite.Write(output, summary);
        Assert.True(File.Exists(Path.Combine(output, "x.html")) && File.Exists(Path.Combine(output, "x-2.html")));
        Assert.Contains("Second", File.ReadAllText(Path.Combine(output, "x-2.html")));
    }
}
