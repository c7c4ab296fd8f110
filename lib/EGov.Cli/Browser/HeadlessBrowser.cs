using PuppeteerSharp;

namespace EGov.Cli.Browser;

/// <summary>
/// The system's headless Chromium (Debian's <c>chromium</c>, or <c>EGOV_CHROMIUM</c>), driven by PuppeteerSharp, one
/// browser for a whole run. Pages it opens reach no network: every request other than file:, data: and about: is aborted,
/// and the browser is started behind a refusing proxy. It never downloads a browser.
/// </summary>
internal sealed class HeadlessBrowser : IAsyncDisposable
{
    /// <summary>What to install when no browser is found.</summary>
    public const string InstallHint = "install Chromium (Debian/Ubuntu: apt-get install chromium) or set EGOV_CHROMIUM to a Chromium or Chrome executable";

    private static readonly string[] Candidates = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    private readonly IBrowser browser;
    private readonly string profile;

    private HeadlessBrowser(IBrowser browser, string profile)
    {
        this.browser = browser;
        this.profile = profile;
    }

    /// <summary>The browser executable: <c>EGOV_CHROMIUM</c>, else the first of chromium, chromium-browser, google-chrome on PATH.</summary>
    public static string? FindExecutable()
    {
        var configured = Environment.GetEnvironmentVariable("EGOV_CHROMIUM");
        if (!string.IsNullOrEmpty(configured)) return File.Exists(configured) ? configured : null;
        var path = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return Candidates.SelectMany(name => path.Select(dir => Path.Combine(dir, name))).FirstOrDefault(File.Exists);
    }

    /// <summary>Starts the browser; null (with <paramref name="why"/>) when there is none or it does not start.</summary>
    public static async Task<(HeadlessBrowser? Browser, string? Why)> TryLaunchAsync()
    {
        var executable = FindExecutable();
        if (executable is null) return (null, "no Chromium found: " + InstallHint);
        var profile = Directory.CreateTempSubdirectory("egov-chromium-").FullName;
        try
        {
            var browser = await Puppeteer.LaunchAsync(new LaunchOptions
            {
                ExecutablePath = executable,
                Headless = true,
                UserDataDir = profile,
                Args =
                [
                    "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                    "--proxy-server=127.0.0.1:9", "--allow-file-access-from-files",
                ],
                Timeout = 60_000,
            });
            return (new HeadlessBrowser(browser, profile), null);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            TryDelete(profile);
            return (null, $"Chromium ({executable}) did not start: {e.Message}");
        }
    }

    /// <summary>A new page whose requests never leave the machine (PuppeteerSharp passes arguments space-separated, so no
    /// host-resolver rule with spaces: the refusing proxy and this interception are the network block).</summary>
    public async Task<IPage> NewOfflinePageAsync()
    {
        var page = await browser.NewPageAsync();
        page.DefaultTimeout = 120_000;
        await page.SetRequestInterceptionAsync(true);
        page.Request += async (_, e) =>
        {
            var url = e.Request.Url;
            if (url.StartsWith("file:", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal) || url.StartsWith("about:", StringComparison.Ordinal))
                await e.Request.ContinueAsync();
            else
                await e.Request.AbortAsync();
        };
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        try { await browser.CloseAsync(); }
        catch (PuppeteerException) { /* already gone */ }
        browser.Dispose();
        TryDelete(profile);
    }

    private static void TryDelete(string folder)
    {
        try { Directory.Delete(folder, recursive: true); }
        catch (IOException) { /* Chromium may still hold a lock file for a moment; it is a temporary folder */ }
        catch (UnauthorizedAccessException) { }
    }
}
