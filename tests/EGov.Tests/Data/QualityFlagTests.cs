using EGov.Data;

namespace EGov.Tests.Data;

public sealed class QualityFlagTests
{
    private static readonly Survey Survey = Survey.Load();

    [Fact]
    public void The_2003_hci_zeros_of_assessed_countries_are_flagged_as_missing_data()
    {
        foreach (var iso3 in new[] { "LIE", "AND", "MCO" })
        {
            var flag = Assert.Single(Survey.QualityFlags, f => f is { Edition: 2003, Field: "hci" } && f.Iso3 == iso3);
            Assert.Equal(QualityFlagKind.NoDataZero, flag.Flag);
            Assert.Contains("missing data", flag.Reason);
            Assert.True(Survey.IsFlagged(2003, iso3, SurveyIndex.Egdi)); // the EGDI averaged the 0 in
            Assert.True(Survey.IsFlagged(2003, iso3, "egdi_rank"));
        }
    }

    [Fact]
    public void Every_assessed_hci_zero_and_every_value_above_one_is_flagged()
    {
        foreach (var r in Survey.Dataset.Records.Where(r => r.IsAssessed && r.Hci == 0m))
            Assert.True(Survey.IsFlagged(r.Edition, r.Iso3, SurveyIndex.Hci), $"{r.Edition} {r.Iso3}");
        var above = Survey.Dataset.Records.SelectMany(r => Enum.GetValues<SurveyIndex>().Where(i => r.Value(i) > 1m).Select(i => (r, i))).ToList();
        Assert.Equal(2, above.Count); // Micronesia 1.422 and Tuvalu 1.03, both HCI 2003
        Assert.All(above, a => Assert.Contains(Survey.QualityFlags, f => f.Edition == a.r.Edition && f.Iso3 == a.r.Iso3 && f.Flag == QualityFlagKind.AboveOne));
        var micronesia = Assert.Single(Survey.QualityFlags, f => f is { Edition: 2003, Iso3: "FSM", Field: "hci" });
        Assert.Contains("1.42200", micronesia.Reason);
    }

    [Fact]
    public void Zeros_of_rescaled_indices_are_told_apart_from_missing_data()
    {
        var somalia = Assert.Single(Survey.QualityFlags, f => f is { Edition: 2020, Iso3: "SOM", Field: "hci" });
        Assert.Equal(QualityFlagKind.RescaledMinimum, somalia.Flag);
        Assert.False(Survey.IsFlagged(2020, "SOM", SurveyIndex.Egdi));
        Assert.DoesNotContain(Survey.QualityFlags, f => f.Field == "epi"); // EPI zeros are measurements
    }

    [Fact]
    public void The_four_broken_ties_of_2020_and_cameroons_2008_egdi_are_flagged()
    {
        Assert.Equal(["AND", "HUN", "MKD", "TLS"], Survey.QualityFlags.Where(f => f.Flag == QualityFlagKind.RankTieBroken).Select(f => f.Iso3));
        var cameroon = Assert.Single(Survey.QualityFlags, f => f.Flag == QualityFlagKind.EgdiNotMean);
        Assert.Equal((2008, "CMR"), (cameroon.Edition, cameroon.Iso3));
    }

    [Fact]
    public void The_embedded_file_is_what_the_rules_derive_and_the_frame_has_one_row_per_flag()
    {
        Assert.Equal(QualityRules.Derive(Survey.Dataset.Records), Survey.QualityFlags);
        var frame = Survey.QualityFlagsFrame;
        Assert.Equal(Survey.QualityFlags.Count, frame.RowCount);
        Assert.Equal(["edition", "iso3", "field", "flag", "reason"], frame.ColumnKeys);
        Assert.Equal("no-data-zero", frame.GetColumn<string>("flag").Values.First(v => v == "no-data-zero"));
        var text = System.Text.Encoding.UTF8.GetString(DatasetStore.EmbeddedFiles()[CanonicalFormat.QualityFlagsFile]);
        Assert.StartsWith("edition,iso3,field,flag,reason\n", text);
    }

    [Fact]
    public void A_dataset_written_before_quality_flags_existed_still_loads_with_derived_flags()
    {
        var files = DatasetStore.EmbeddedFiles().Where(f => f.Key != CanonicalFormat.QualityFlagsFile).ToDictionary();
        var manifest = System.Text.Json.Nodes.JsonNode.Parse(files[CanonicalFormat.ManifestFile])!;
        var resources = manifest["resources"]!.AsArray();
        resources.Remove(resources.Single(r => (string?)r!["path"] == CanonicalFormat.QualityFlagsFile));
        files[CanonicalFormat.ManifestFile] = System.Text.Encoding.UTF8.GetBytes(manifest.ToJsonString());
        var dataset = CanonicalReader.Read(files, "(old) ");
        Assert.Equal(Survey.QualityFlags, dataset.QualityFlags);
    }
}
