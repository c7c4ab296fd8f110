namespace EGov.Tests.Run;

/// <summary>Static images and the PDF need Chromium; without it `egov run` still passes and says so once.</summary>
public sealed class StaticImageTests
{
    [Fact]
    public void Without_Chromium_the_run_passes_and_says_once_how_to_get_images()
    {
        var output = Directory.CreateTempSubdirectory("egov-noimg-").FullName;
        try
        {
            var (exit, stdout, stderr) = CliProcess.RunWithEnvironment(new Dictionary<string, string?> { ["EGOV_CHROMIUM"] = "/nonexistent/chromium" },
                CliProcess.Fixtures, "run", "plotly-chart.ipynb", "--out", output);
            Assert.True(exit == 0, stdout + stderr);
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(stdout, "static images skipped"));
            Assert.Contains("apt-get install chromium", stdout);
            Assert.Contains("\"skipped\": \"no Chromium found", File.ReadAllText(Path.Combine(output, "run-summary.json")));
        }
        finally { Directory.Delete(output, recursive: true); }
    }

    [SkippableFact]
    public void The_pdf_is_written_beside_the_report()
    {
        Chromium.SkipUnlessPresent();
        var output = Directory.CreateTempSubdirectory("egov-pdf-").FullName;
        try
        {
            var (exit, stdout, stderr) = CliProcess.Run(CliProcess.Fixtures, "run", "plotly-chart.ipynb", "--out", output, "--pdf");
            Assert.True(exit == 0, stdout + stderr);
            var pdf = File.ReadAllBytes(Path.Combine(output, "report.pdf"));
            Assert.Equal("%PDF-"u8.ToArray(), pdf[..5]);
            Assert.True(pdf.Length > 20_000, $"report.pdf has only {pdf.Length} bytes");
        }
        finally { Directory.Delete(output, recursive: true); }
    }
}
