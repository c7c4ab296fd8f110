using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using EGov.Tests.Notebooks;
using PuppeteerSharp;
using PuppeteerSharp.Input;

namespace EGov.Tests.Kernel;

/// <summary>
/// A real client: Debian's classic Notebook (jupyter-notebook 6.4.12) with the project's kernel, driven by headless
/// Chromium. It opens a copy of notebook 03, runs all cells and checks that tables and charts were drawn and no cell
/// failed, then that Tab opens the completion popup with the kernel's plain names and that Shift-Tab shows the kernel's
/// documentation. Run by scripts/check-notebook-client.sh (EGOV_NOTEBOOK_CLIENT=1), which CI calls; skipped otherwise.
/// The server runs with a private JUPYTER_* environment, a random token and loopback only.
/// </summary>
public sealed class ClassicNotebookClientTests : IAsyncLifetime
{
    private const string Notebook = "03-regional-disparities.ipynb";
    private readonly string folder = Directory.CreateTempSubdirectory("egov-notebook-client-").FullName;
    private readonly StringBuilder serverLog = new();
    private Process? server;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        try { if (server is { HasExited: false }) server.Kill(entireProcessTree: true); }
        catch (InvalidOperationException) { /* exited */ }
        server?.WaitForExit(10_000);
        server?.Dispose();
        try { Directory.Delete(folder, recursive: true); }
        catch (IOException) { /* the kernel may still hold a file for a moment; it is a temporary folder */ }
        return Task.CompletedTask;
    }

    [SkippableFact]
    public async Task Notebook_03_runs_in_classic_Notebook_with_tables_charts_completion_and_documentation()
    {
        Skip.IfNot(System.Environment.GetEnvironmentVariable("EGOV_NOTEBOOK_CLIENT") == "1", "run by scripts/check-notebook-client.sh (CI)");
        var jupyter = Jupyter.Program ?? throw new InvalidOperationException("jupyter is not installed (apt-get install jupyter-notebook)");
        var chromium = EGov.Cli.Browser.HeadlessBrowser.FindExecutable() ?? throw new InvalidOperationException("no Chromium (apt-get install chromium)");

        // A copy of the notebook beside links to the library and the data, so the set-up cells find ../lib and autosave
        // writes only into the copy.
        var root = Directory.CreateDirectory(Path.Combine(folder, "checkout")).FullName;
        var notebooks = Directory.CreateDirectory(Path.Combine(root, "notebooks")).FullName;
        File.Copy(Path.Combine(RepositoryPaths.Notebooks, Notebook), Path.Combine(notebooks, Notebook));
        Directory.CreateSymbolicLink(Path.Combine(root, "lib"), Path.Combine(RepositoryPaths.Root, "lib"));
        Directory.CreateSymbolicLink(Path.Combine(root, "data"), Path.Combine(RepositoryPaths.Root, "data"));
        Directory.CreateSymbolicLink(Path.Combine(notebooks, "data"), Path.Combine(RepositoryPaths.Notebooks, "data"));

        var environment = Jupyter.Environment(Path.Combine(folder, "jupyter"));
        var (installed, installOut, installErr) = Jupyter.Egov(environment, "kernel", "install");
        Assert.True(installed == 0, installOut + installErr);

        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        var port = FreePort();
        var start = new ProcessStartInfo(jupyter) { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = notebooks };
        foreach (var arg in new[] { "notebook", "--no-browser", "--ip=127.0.0.1", $"--port={port}", "--port-retries=0", $"--NotebookApp.token={token}",
                                    $"--NotebookApp.notebook_dir={notebooks}", "--NotebookApp.open_browser=False" })
            start.ArgumentList.Add(arg);
        if (System.Environment.UserName == "root") start.ArgumentList.Add("--allow-root"); // CI's containers run as root
        foreach (var (name, value) in environment) start.Environment[name] = value;
        start.Environment["HOME"] = folder;
        server = Process.Start(start)!;
        server.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (serverLog) serverLog.AppendLine(e.Data); };
        server.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (serverLog) serverLog.AppendLine(e.Data); };
        server.BeginErrorReadLine();
        server.BeginOutputReadLine();
        var baseUrl = $"http://127.0.0.1:{port}";
        await WaitForServerAsync(baseUrl, token);

        await using var browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = chromium, Headless = true, UserDataDir = Path.Combine(folder, "chromium"), Timeout = 60_000,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run"],
        });
        var page = await browser.NewPageAsync();
        page.DefaultTimeout = 300_000;
        // Only the notebook server: anything else (a CDN) is refused, so what is drawn was drawn offline.
        await page.SetRequestInterceptionAsync(true);
        page.Request += async (_, e) =>
        {
            if (e.Request.Url.StartsWith(baseUrl + "/", StringComparison.Ordinal) || e.Request.Url.StartsWith("data:", StringComparison.Ordinal)) await e.Request.ContinueAsync();
            else await e.Request.AbortAsync();
        };
        await page.GoToAsync($"{baseUrl}/notebooks/{Notebook}?token={token}", new NavigationOptions { Timeout = 120_000 });
        await page.WaitForFunctionAsync("() => window.Jupyter && Jupyter.notebook && Jupyter.notebook.kernel && Jupyter.notebook.kernel.is_connected()",
            new WaitForFunctionOptions { Timeout = 180_000, PollingInterval = 250 });

        await page.EvaluateExpressionAsync("Jupyter.notebook.set_autosave_interval(0); Jupyter.notebook.execute_all_cells();");
        await page.WaitForFunctionAsync("""
            () => { const code = Jupyter.notebook.get_cells().filter(c => c.cell_type === 'code');
                    return code.every(c => typeof c.input_prompt_number === 'number') && !Jupyter.notebook.kernel_busy; }
            """, new WaitForFunctionOptions { Timeout = 600_000, PollingInterval = 500 });

        var counts = await page.EvaluateExpressionAsync<JsonElement>("""
            ({ cells: Jupyter.notebook.get_cells().filter(c => c.cell_type === 'code').length,
               errors: document.querySelectorAll('.output_error').length,
               tables: document.querySelectorAll('.output_area table').length,
               charts: document.querySelectorAll('.output_area .js-plotly-plot .main-svg').length,
               errorText: Array.from(document.querySelectorAll('.output_error')).map(e => e.innerText).join('\n') })
            """);
        Assert.True(counts.GetProperty("errors").GetInt32() == 0, counts.GetProperty("errorText").GetString() + "\n" + ServerLog);
        Assert.True(counts.GetProperty("tables").GetInt32() > 0, "no table was drawn");
        Assert.True(counts.GetProperty("charts").GetInt32() > 0, "no chart was drawn");

        // Completion: Tab after `Console.Wr` opens the popup with the kernel's plain names.
        await EditNewCellAsync(page, "Console.Wr");
        await page.Keyboard.PressAsync(Key.Tab);
        await page.WaitForSelectorAsync(".completions select option", new WaitForSelectorOptions { Timeout = 60_000 });
        var options = await page.EvaluateExpressionAsync<string[]>("Array.from(document.querySelectorAll('.completions select option')).map(o => o.textContent)");
        Assert.Contains("Write", options);
        Assert.Contains("WriteLine", options);
        Assert.DoesNotContain(options, o => o.Contains('(', StringComparison.Ordinal));
        await page.Keyboard.PressAsync(Key.Escape);

        // Documentation: Shift-Tab after `Math.Round` shows the kernel's inspect_reply in the tooltip.
        await EditNewCellAsync(page, "Math.Round");
        await page.Keyboard.DownAsync(Key.Shift);
        await page.Keyboard.PressAsync(Key.Tab);
        await page.Keyboard.UpAsync(Key.Shift);
        await page.WaitForFunctionAsync("() => { const t = document.querySelector('#tooltip'); return t && t.offsetParent !== null && t.innerText.includes('Math.Round'); }",
            new WaitForFunctionOptions { Timeout = 60_000, PollingInterval = 250 });
        var tooltip = await page.EvaluateExpressionAsync<string>("document.querySelector('#tooltip').innerText");
        Assert.Contains("Rounds", tooltip);
    }

    private static async Task EditNewCellAsync(IPage page, string text)
    {
        await page.EvaluateExpressionAsync($$"""
            (() => { const cell = Jupyter.notebook.insert_cell_at_bottom('code');
                     Jupyter.notebook.select(Jupyter.notebook.ncells() - 1);
                     cell.set_text({{JsonSerializer.Serialize(text)}});
                     Jupyter.notebook.edit_mode(); cell.code_mirror.focus();
                     cell.code_mirror.setCursor({ line: 0, ch: {{text.Length}} }); })()
            """);
    }

    private string ServerLog { get { lock (serverLog) return serverLog.ToString(); } }

    private async Task WaitForServerAsync(string baseUrl, string token)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (server!.HasExited) throw new InvalidOperationException("jupyter notebook exited:\n" + ServerLog);
            try
            {
                var status = await http.GetAsync($"{baseUrl}/api/status?token={token}");
                if (status.IsSuccessStatusCode)
                {
                    // Without the token (and without the cookie the first request earned) the server refuses.
                    using var stranger = new HttpClient(new HttpClientHandler { UseCookies = false }) { Timeout = TimeSpan.FromSeconds(5) };
                    var anonymous = await stranger.GetAsync($"{baseUrl}/api/kernels");
                    Assert.Equal(HttpStatusCode.Forbidden, anonymous.StatusCode);
                    return;
                }
            }
            catch (HttpRequestException) { /* not listening yet */ }
            catch (TaskCanceledException) { /* slow start */ }
            await Task.Delay(500);
        }
        throw new TimeoutException("jupyter notebook did not start:\n" + ServerLog);
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
