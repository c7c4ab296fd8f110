using System.Diagnostics;

namespace EGov.Tests.Run;

/// <summary>
/// Debian's headless Chromium, with every network request blocked, for checking what the report really draws.
/// CI installs it (.ci/run) and sets EGOV_REQUIRE_BROWSER=1 so a missing browser fails there; elsewhere those tests skip.
/// </summary>
internal static class Chromium
{
    public static string? Path =>
        new[] { Environment.GetEnvironmentVariable("EGOV_CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser" }
            .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));

    public static void SkipUnlessPresent()
    {
        if (Path is not null) return;
        if (Environment.GetEnvironmentVariable("EGOV_REQUIRE_BROWSER") == "1")
            throw new InvalidOperationException("EGOV_REQUIRE_BROWSER=1 but no Chromium was found (apt-get install chromium)");
        Skip.If(true, "Chromium is not installed (apt-get install chromium); CI runs this check");
    }

    /// <summary>The DOM of a local page after its scripts ran, with no network: a proxy that refuses and no name resolution.</summary>
    public static string DumpDom(string file)
    {
        var profile = Directory.CreateTempSubdirectory("egov-chromium-").FullName;
        try
        {
            var start = new ProcessStartInfo(Path!) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[]
                     {
                         "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                         "--disable-sync", "--no-first-run", "--disable-quic", "--user-data-dir=" + profile,
                         "--proxy-server=127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND", "--virtual-time-budget=20000",
                         "--dump-dom", new Uri(file).AbsoluteUri,
                     })
                start.ArgumentList.Add(arg);
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            var dom = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromSeconds(90))) { process.Kill(true); throw new TimeoutException("Chromium did not finish"); }
            _ = stderr.Result;
            return dom;
        }
        finally { Directory.Delete(profile, recursive: true); }
    }
}
