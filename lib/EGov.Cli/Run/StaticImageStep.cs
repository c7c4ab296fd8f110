using System.Diagnostics;
using EGov.Cli.Browser;
using EGov.Cli.Notebooks;
using EGov.Display;

namespace EGov.Cli.Run;

/// <summary>
/// After the notebooks ran: a static image for every chart output of the executed notebooks (<see cref="ChartImages"/>),
/// with one browser for the whole run. Without Chromium the run still succeeds and says once how to get the images.
/// </summary>
internal static class StaticImageStep
{
    public static async Task<ImageSummary> RunAsync(IReadOnlyList<string> executedNotebooks, RunProgress progress)
    {
        var clock = Stopwatch.StartNew();
        var withCharts = executedNotebooks.Where(File.Exists).Where(HasChart).ToList();
        if (withCharts.Count == 0) return new ImageSummary(0, 0, 0, null);
        var (browser, why) = await HeadlessBrowser.TryLaunchAsync();
        if (browser is null)
        {
            var charts = withCharts.Sum(p => NotebookDocument.Load(p).CodeCells.SelectMany(c => c.Outputs).Count(IsChart));
            progress.Note($"static images skipped for {charts} charts: {why}");
            return new ImageSummary(charts, 0, clock.Elapsed.TotalSeconds, why);
        }
        try
        {
            return await DrawAsync(browser, withCharts, progress, clock);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            var failure = $"Chromium failed while drawing: {e.Message}";
            progress.Note("static images incomplete: " + failure);
            return new ImageSummary(0, 0, clock.Elapsed.TotalSeconds, failure);
        }
    }

    private static async Task<ImageSummary> DrawAsync(HeadlessBrowser browser, IReadOnlyList<string> withCharts, RunProgress progress, Stopwatch clock)
    {
        await using (browser)
        {
            await using var images = await ChartImages.OpenAsync(browser);
            var total = new ChartImages.Counts(0, 0);
            foreach (var path in withCharts)
            {
                var notebook = NotebookDocument.Load(path);
                var counts = await images.AddAsync(notebook);
                notebook.Save(path);
                total = new ChartImages.Counts(total.Charts + counts.Charts, total.Images + counts.Images);
            }
            progress.Note(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"static images: {total.Images} of {total.Charts} chart outputs ({clock.Elapsed.TotalSeconds:0.0} s)"));
            return new ImageSummary(total.Charts, total.Images, clock.Elapsed.TotalSeconds, null);
        }
    }

    /// <summary>True when a notebook has a chart output without its static image (e.g. outputs stored by a run without Chromium).</summary>
    public static bool MissesImages(NotebookDocument notebook) =>
        notebook.CodeCells.SelectMany(c => c.Outputs).Where(IsChart).Any(o => o?["data"]?["image/svg+xml"] is null && o?["data"]?["image/png"] is null);

    private static bool HasChart(string path) => File.ReadAllText(path).Contains(PlotlyFigure.MimeType, StringComparison.Ordinal);

    private static bool IsChart(System.Text.Json.Nodes.JsonNode? output) => output?["data"]?[PlotlyFigure.MimeType] is not null;
}
