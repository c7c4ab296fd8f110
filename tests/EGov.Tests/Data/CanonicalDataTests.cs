using EGov.Data;

namespace EGov.Tests.Data;

public sealed class CanonicalDataTests
{
    [Fact]
    public void The_embedded_files_match_their_manifest_and_rewrite_to_the_same_bytes()
    {
        var files = DatasetStore.EmbeddedFiles();
        Assert.Equal(5, files.Count);
        Assert.Empty(DataPackageManifest.VerifyChecksums("datapackage.json", files[CanonicalFormat.ManifestFile], files));
        var rendered = CanonicalWriter.Render(DatasetStore.ReadEmbedded());
        foreach (var (name, bytes) in files) Assert.True(bytes.SequenceEqual(rendered[name]), $"{name} does not round-trip");
    }

    [Fact]
    public void Every_edition_names_its_source_file()
    {
        var sources = DatasetStore.ReadEmbedded().Sources;
        Assert.Equal(SurveySchema.Editions, sources.Select(s => s.Edition));
        Assert.All(sources, s => Assert.EndsWith(".csv", s.Source));
    }

    [Fact]
    public void The_measured_egdi_tolerance_holds_on_the_real_data()
    {
        foreach (var edition in DatasetStore.ReadEmbedded().Records.GroupBy(r => r.Edition))
        {
            var worst = edition.Select(EgdiConsistency.Deviation).Max() ?? 0m;
            Assert.True(worst <= EgdiConsistency.ToleranceFor(edition.Key), $"{edition.Key}: {worst}");
            // The tolerance is not looser than needed: within 10x of the worst deviation (or the rounding floor).
            Assert.True(EgdiConsistency.ToleranceFor(edition.Key) <= Math.Max(worst * 10m, EgdiConsistency.RoundingTolerance), $"{edition.Key}: {worst}");
        }
    }

    [Fact]
    public void Aliases_cover_renamed_countries_and_every_name_used()
    {
        var dataset = DatasetStore.ReadEmbedded();
        var aliases = dataset.Aliases.ToDictionary(a => a.Alias, a => a.Iso3);
        Assert.Equal("TUR", aliases["Türkiye"]);
        Assert.Equal("TUR", aliases["Turkey"]);
        Assert.Equal("MKD", aliases["North Macedonia"]);
        Assert.Equal("MKD", aliases["The former Yugoslav Republic of Macedonia"]);
        Assert.Equal("CZE", aliases["Czechia"]);
        Assert.Equal("CZE", aliases["Czech Republic"]);
        Assert.Equal("GEO", aliases["Georgia (Country)"]);
        Assert.All(dataset.Records, r => Assert.Equal(r.Iso3, aliases[r.CountryName]));
    }
}
