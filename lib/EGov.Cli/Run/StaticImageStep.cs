using System.Diagnostics;
using System.Threading.Channels;
using EGov.Cli.Browser;
using EGov.Cli.Notebooks;
using EGov.Display;

namespace EGov.Cli.Run;

/// <summary>
/// A static image for every chart output of the executed notebooks (<see cref="ChartImages"/>), with one browser for the
/// whole run, drawn while the other notebooks still run: each executed notebook is handed over as soon as it is written,
/// and the browser starts with the first one that has a chart. Without Chromium the run still succeeds and says once how
/// to get the images.
/// </summary>
internal sealed class StaticImageStep
{
    private readonly Channel<string> queue = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });
    private readonly RunProgress progress;
    private readonly Task<ImageSummary> drawing;

    private StaticImageStep(RunProgress progress)
    {
        this.progress = progress;
        drawing = Task.Run(DrawAllAsync);
    }

    /// <summary>Starts the step; notebooks are handed over with <see cref="Add"/>.</summary>
    public static StaticImageStep Start(RunProgress progress) => new(progress);

    /// <summary>Hands over an executed notebook (one without charts is passed over).</summary>
    public void Add(string executedNotebook) => queue.Writer.TryWrite(executedNotebook);

    /// <summary>Waits until every notebook handed over has its images; what was drawn.</summary>
    public async Task<ImageSummary> CompleteAsync()
    {
        queue.Writer.TryComplete();
        return await drawing;
    }

    /// <summary>True when a notebook has a chart output without its static image (e.g. outputs stored by a run without Chromium).</summary>
    public static bool MissesImages(NotebookDocument notebook) =>
        notebook.CodeCells.SelectMany(c => c.Outputs).Where(IsChart).Any(o => o?["data"]?["image/svg+xml"] is null && o?["data"]?["image/png"] is null);

    private async Task<ImageSummary> DrawAllAsync()
    {
        var busy = new Stopwatch();
        HeadlessBrowser? browser = null;
        ChartImages? images = null;
        string? failure = null;
        var total = new ChartImages.Counts(0, 0);
        try
        {
            await foreach (var path in queue.Reader.ReadAllAsync())
            {
                if (!File.Exists(path) || !HasChart(path)) continue;
                busy.Start();
                var notebook = NotebookDocument.Load(path);
                if (images is null && failure is null)
                {
                    (browser, failure) = await HeadlessBrowser.TryLaunchAsync();
                    if (browser is not null) images = await ChartImages.OpenAsync(browser);
                }
                if (images is not null && failure is null)
                {
                    try
                    {
                        var counts = await images.AddAsync(notebook);
                        notebook.Save(path);
                        total = new ChartImages.Counts(total.Charts + counts.Charts, total.Images + counts.Images);
                    }
                    catch (Exception e) when (e is not OutOfMemoryException)
                    {
                        failure = $"Chromium failed while drawing: {e.Message}";
                        progress.Note("static images incomplete: " + failure);
                        total = total with { Charts = total.Charts + Charts(notebook) };
                    }
                }
                else total = total with { Charts = total.Charts + Charts(notebook) };
                busy.Stop();
            }
        }
        finally
        {
            if (images is not null) await images.DisposeAsync();
            if (browser is not null) await browser.DisposeAsync();
        }
        if (total.Charts == 0 && failure is null) return new ImageSummary(0, 0, 0, null);
        if (browser is null && failure is not null) progress.Note($"static images skipped for {total.Charts} charts: {failure}");
        else if (failure is null)
            progress.Note(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"static images: {total.Images} of {total.Charts} chart outputs ({busy.Elapsed.TotalSeconds:0.0} s, while the notebooks ran)"));
        return new ImageSummary(total.Charts, total.Images, busy.Elapsed.TotalSeconds, failure);
    }

    private static int Charts(NotebookDocument notebook) => notebook.CodeCells.SelectMany(c => c.Outputs).Count(IsChart);

    private static bool HasChart(string path) => File.ReadAllText(path).Contains(PlotlyFigure.MimeType, StringComparison.Ordinal);

    private static bool IsChart(System.Text.Json.Nodes.JsonNode? output) => output?["data"]?[PlotlyFigure.MimeType] is not null;
}
