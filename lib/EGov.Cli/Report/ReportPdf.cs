using System.Diagnostics;
using EGov.Cli.Browser;
using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace EGov.Cli.Report;

/// <summary>The report as a PDF: Chromium prints print.html (every notebook, each on a new page) once every chart has drawn.</summary>
internal static class ReportPdf
{
    public const string FileName = "report.pdf";

    /// <summary>What printing gave: the file, or why there is none.</summary>
    public sealed record Outcome(string? Path, double Seconds, string? Error);

    public static async Task<Outcome> PrintAsync(string page, string pdf)
    {
        var clock = Stopwatch.StartNew();
        var (browser, why) = await HeadlessBrowser.TryLaunchAsync();
        if (browser is null) return new Outcome(null, 0, why);
        await using (browser)
        {
            var tab = await browser.NewOfflinePageAsync();
            await tab.SetViewportAsync(new ViewPortOptions { Width = 1200, Height = 1600 });
            await tab.GoToAsync(new Uri(page).AbsoluteUri, new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load], Timeout = 300_000 });
            // Every chart div is drawn by plotly.js once its figure script has run; wait until each has its SVG.
            await tab.WaitForFunctionAsync(
                "() => [...document.querySelectorAll('div[id^=\"chart-\"]')].every(d => d.querySelector('.main-svg') || d.textContent.length > 0)",
                new WaitForFunctionOptions { Timeout = 300_000, PollingInterval = 250 });
            await AtomicFile.WriteAsync(pdf, temporary => tab.PdfAsync(temporary, new PdfOptions
            {
                Format = PaperFormat.A4, PrintBackground = true, Scale = 0.7m,
                MarginOptions = new MarginOptions { Top = "12mm", Bottom = "12mm", Left = "10mm", Right = "10mm" },
            }));
            return new Outcome(pdf, clock.Elapsed.TotalSeconds, null);
        }
    }
}
