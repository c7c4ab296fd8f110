using System.Diagnostics;
using EGov.Data;
using EGov.Data.Import;
using EGov.Tests.Corpus;

namespace EGov.Tests.Data;

/// <summary>
/// Names that look the same are the same name: decomposed Unicode (NFD, as some editors and macOS tools save text),
/// no-break and thin spaces, zero-width characters, curly apostrophes, dash and full-width lookalikes; in the library's
/// lookups (Survey.Iso3Of, Country, CountrySeries) and in the importer. The process runs with InvariantGlobalization, where
/// string.Normalize changes nothing, so this is what the library's own composition (LatinComposition) must do.
/// </summary>
public sealed class NameLookalikeTests
{
    private static readonly Survey Survey = Survey.Load();

    /// <summary>Decomposed (NFD) by hand for the letters the data holds, so this test needs neither ICU nor Python.</summary>
    private static string Nfd(string name) => name
        .Replace("ô", "o\u0302", StringComparison.Ordinal).Replace("ü", "u\u0308", StringComparison.Ordinal)
        .Replace("é", "e\u0301", StringComparison.Ordinal).Replace("í", "i\u0301", StringComparison.Ordinal)
        .Replace("ã", "a\u0303", StringComparison.Ordinal);

    public static TheoryData<string> AccentedNames()
    {
        var names = new TheoryData<string>();
        foreach (var name in Survey.Dataset.Aliases.Select(a => a.Alias).Concat(Survey.Countries.Select(c => c.Name))
                     .Where(n => n.Any(c => c > '~')).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            names.Add(name);
        return names;
    }

    [Theory]
    [MemberData(nameof(AccentedNames))]
    public void Every_accented_name_in_the_data_and_the_alias_table_is_found_decomposed(string name)
    {
        var decomposed = Nfd(name);
        Assert.Equal(Survey.Iso3Of(name), Survey.Iso3Of(decomposed));
        Assert.Equal(NameKey.Of(name), NameKey.Of(decomposed));
    }

    [Theory]
    [InlineData("Co\u0302te d'Ivoire", "CIV")]
    [InlineData("Tu\u0308rkiye", "TUR")]
    [InlineData("co\u0302te d\u2019ivoire", "CIV")]
    [InlineData("C\u00F4te\u00A0d'Ivoire", "CIV")]
    [InlineData("C\u00F4te\u202Fd'Ivoire", "CIV")]
    [InlineData("T\u00FC\u200Brkiye", "TUR")]
    [InlineData("\uFEFFT\u00FCrkiye\u200D", "TUR")]
    [InlineData("C\u00F4te d\u02BCIvoire", "CIV")]
    [InlineData("C\u00F4te d`Ivoire", "CIV")]
    [InlineData("Guinea\u2011Bissau", "GNB")]
    [InlineData("Guinea\u2013Bissau", "GNB")]
    [InlineData("\uFF23\uFF28\uFF29\uFF2E\uFF21", "CHN")]
    public void Lookalike_spellings_resolve_in_the_library(string name, string iso3)
    {
        Assert.Equal(iso3, Survey.Iso3Of(name));
        Assert.Equal(Survey.CountryFrame(iso3).RowCount, Survey.CountryFrame(name).RowCount);
        Assert.Equal(Survey.CountrySeries(iso3, SurveyIndex.Egdi).Values, Survey.CountrySeries(name, SurveyIndex.Egdi).Values);
    }

    [Fact]
    public void A_close_match_that_looks_identical_says_which_code_points_differ()
    {
        // A Cyrillic о (U+043E) for the Latin o: rendered the same, a different name.
        var e = Assert.Throws<UnknownCountryException>(() => Survey.Iso3Of("C\u043Ete d'Ivoire"));
        Assert.Contains("Côte d'Ivoire (CIV) [character 2: U+043E given, U+00F4 here]", e.Message);
        var turkey = Assert.Throws<UnknownCountryException>(() => Survey.Iso3Of("T\u0443rkiye")).Message; // Cyrillic у
        Assert.Contains("U+0443 given", turkey);
    }

    [Fact]
    public void Composition_keeps_every_other_text_as_it_is_and_is_idempotent()
    {
        foreach (var text in new[] { "", "China", "中文", "e\u0301\u0323", "\u0301 alone", "Việt Nam", "Viê\u0323t Nam" })
            Assert.Equal(NameKey.Of(NameKey.Fold(text)), NameKey.Of(text));
        // Marks in either order compose to the same letter (canonical ordering: dot below 220 before circumflex 230).
        Assert.Equal("VIỆT NAM", NameKey.Of("Vie\u0302\u0323t Nam"));
        Assert.Equal("VIỆT NAM", NameKey.Of("Vie\u0323\u0302t Nam"));
        Assert.Equal("VIỆT NAM", NameKey.Of("Vi\u00EA\u0323t Nam"));
    }

    [Fact]
    public void An_export_saved_decomposed_imports_as_the_same_dataset()
    {
        using var scenario = new ImportScenario("nfd");
        var path = Path.Combine(scenario.Root, "EGOV_DATA_2024.csv");
        File.WriteAllBytes(path, CorpusBase.UnExport(2024, rows => rows.ForEach(r => r[1] = Nfd(r[1]))));
        Assert.Contains("Co\u0302te", File.ReadAllText(path));
        var before = CorpusRunner.Snapshot(scenario.Out);

        var outcome = ImportRun.Run([path], scenario.Out, fromScratch: false, new ImportOptions(), TimeSpan.FromSeconds(10), TextWriter.Null, TextWriter.Null);

        Assert.True(outcome.ExitCode == 0, string.Join("\n", outcome.Problems.Select(p => p.ToString())));
        Assert.Equal(before, CorpusRunner.Snapshot(scenario.Out)); // the same values and spellings: nothing new, nothing decomposed
    }

    /// <summary>The composition table against Python's unicodedata (an independent NFC): every Latin letter and every name.</summary>
    [SkippableFact]
    public void The_composition_table_agrees_with_unicodedata_for_every_Latin_letter_and_name()
    {
        var python = new[] { "/usr/bin/python3", "/usr/local/bin/python3" }.FirstOrDefault(File.Exists);
        Skip.If(python is null, "python3 is not installed");
        var names = Survey.Dataset.Aliases.Select(a => a.Alias).Concat(Survey.Countries.Select(c => c.Name)).Distinct(StringComparer.Ordinal).ToList();
        var letters = Enumerable.Range(0xC0, 0x250 - 0xC0).Concat(Enumerable.Range(0x1E00, 0x100)).Select(c => ((char)c).ToString());
        var input = string.Join("\n", letters.Concat(names));
        var start = new ProcessStartInfo(python!) { RedirectStandardInput = true, RedirectStandardOutput = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add("import sys, unicodedata as u\nfor line in sys.stdin.read().split('\\n'): print(u.normalize('NFD', line) + '\\t' + u.normalize('NFC', line))");
        start.Environment["PYTHONIOENCODING"] = "utf-8";
        using var process = Process.Start(start)!;
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        var lines = process.StandardOutput.ReadToEnd().TrimEnd('\n').Split('\n');
        process.WaitForExit();
        Assert.Equal(input.Split('\n').Length, lines.Length);
        foreach (var line in lines)
        {
            var (nfd, nfc) = (line.Split('\t')[0], line.Split('\t')[1]);
            Assert.Equal(nfc, NameKey.Fold(nfd).Length == 0 ? nfc : FoldedLikeNfc(nfd, nfc));
            Assert.Equal(NameKey.Of(nfc), NameKey.Of(nfd));
        }
    }

    /// <summary>The composed form of an NFD text as NameKey.Fold gives it, compared where Fold changes nothing else.</summary>
    private static string FoldedLikeNfc(string nfd, string nfc) => NameKey.Fold(nfc) == nfc ? NameKey.Fold(nfd) : nfc;
}
