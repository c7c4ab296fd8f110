using System.Reflection;
using System.Text.Json.Nodes;
using EGov.Charts;
using EGov.Data;

namespace EGov.Tests.Data;

/// <summary>Every survey fact is written once, in <see cref="SurveySchema"/>; the data, the manifest, the frames and the charts agree with it.</summary>
public sealed class SurveySchemaTests
{
    private static readonly SurveyDataset Embedded = DatasetStore.ReadEmbedded();

    [Fact]
    public void The_embedded_data_has_the_schemas_member_states_editions_and_classifications()
    {
        Assert.Equal(SurveySchema.MemberStates, Embedded.Countries.Count);
        Assert.Equal(SurveySchema.Editions, Embedded.Editions);
        foreach (var (classification, values) in new[]
                 {
                     (SurveySchema.Regions, Embedded.Countries.Select(c => c.Region)),
                     (SurveySchema.SubRegions, Embedded.Countries.Select(c => c.SubRegion)),
                     (SurveySchema.IncomeGroups, Embedded.Countries.Select(c => c.IncomeGroup2018)),
                     (SurveySchema.DevelopmentStatuses, Embedded.Countries.Select(c => c.DevelopmentStatus2018)),
                 })
            Assert.Equal(classification.Values.Order(StringComparer.Ordinal), values.Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_indices_follow_the_enum_and_the_egdi_columns()
    {
        Assert.Equal(Enum.GetValues<SurveyIndex>(), SurveySchema.Indices.Select(d => d.Index));
        Assert.Equal(["edition", "iso3", "country_name", "egdi", "osi", "hci", "tii", "epi", "egdi_rank"], CanonicalFormat.EgdiHeader);
        Assert.Equal(["iso3", "name", "region", "sub_region", "income_group_2018", "development_status_2018", "m49", "region_code", "sub_region_code",
            "m49_sub_region", "m49_sub_region_code", "region_zh", "sub_region_zh", "ldc", "lldc", "sids"], CanonicalFormat.CountriesHeader);
        Assert.Equal(1.5m, SurveySchema.Of(SurveyIndex.Hci).MaximumIn(2003));
        Assert.Equal(1m, SurveySchema.Of(SurveyIndex.Hci).MaximumIn(2004));
        Assert.Equal(1m, SurveySchema.Of(SurveyIndex.Osi).HighestMaximum);
        Assert.Throws<ArgumentOutOfRangeException>(() => SurveySchema.Of((SurveyIndex)99));
    }

    [Fact]
    public void The_manifest_schema_comes_from_the_schema()
    {
        var manifest = JsonNode.Parse(DatasetStore.EmbeddedFiles()[CanonicalFormat.ManifestFile])!;
        JsonNode Field(string resource, string name) =>
            manifest["resources"]!.AsArray().Single(r => (string?)r!["name"] == resource)!["schema"]!["fields"]!.AsArray().Single(f => (string?)f!["name"] == name)!;
        string[] Enum(JsonNode field) => field["constraints"]!["enum"]!.AsArray().Select(v => (string)v!).ToArray();
        Assert.Equal(SurveySchema.Regions.Values, Enum(Field("countries", SurveySchema.Regions.Column)));
        Assert.Equal(SurveySchema.IncomeGroups.Values, Enum(Field("countries", SurveySchema.IncomeGroups.Column)));
        Assert.Equal(SurveySchema.DevelopmentStatuses.Values, Enum(Field("countries", SurveySchema.DevelopmentStatuses.Column)));
        Assert.Equal(SurveySchema.ValueFields, Enum(Field("quality-flags", "field")));
        foreach (var index in SurveySchema.Indices)
        {
            var field = Field("egdi", index.Field);
            Assert.StartsWith(index.Name, (string)field["description"]!);
            Assert.Equal(index.HighestMaximum, (decimal)field["constraints"]!["maximum"]!);
        }
        Assert.Contains($"the {SurveySchema.MemberStates} UN member states", (string)manifest["title"]!);
    }

    [Fact]
    public void Frames_and_charts_take_names_labels_and_colours_from_the_schema()
    {
        Assert.Equal(SurveySchema.Indices.Select(d => d.ShortName), Enum.GetValues<SurveyIndex>().Select(SurveyColumns.Of));
        Assert.Equal("Online Service Index (OSI)", ChartText.LongName(SurveyIndex.Osi));
        Assert.Equal("EGDI (index, 0-1)", ChartText.AxisTitle(SurveyIndex.Egdi));
        Assert.Equal("very high >= 0.75, high 0.50-0.75, middle 0.25-0.50, low < 0.25", ChartText.LevelBands);
        Assert.Contains("2003-2012 did not assess every member state; 2008 and 2010 EGDI is not exactly the mean", ChartText.MethodologyCaveat);
        Assert.Equal(SurveySchema.Regions.Values, RegionColors.Regions);
        var colours = RegionColors.Regions.Append(RegionColors.World).Select(RegionColors.Of).ToList();
        Assert.Equal(colours.Count, colours.Distinct().Count());
        Assert.Equal(Enum.GetValues<LevelGroup>().Reverse(), LevelColors.Levels);
    }

    [Fact]
    public void Values_outside_a_classification_are_refused_with_the_allowed_values()
    {
        Assert.True(SurveySchema.Regions.Allows("Asia"));
        Assert.False(SurveySchema.Regions.Allows("asia"));
        Assert.Equal("not a survey region (Africa, Americas, Asia, Europe, Oceania)", SurveySchema.Regions.NotAllowedMessage());
        Assert.True(SurveySchema.IsPlausibleEdition(2026));
        Assert.False(SurveySchema.IsPlausibleEdition(2025));
        Assert.False(SurveySchema.IsPlausibleEdition(2002));
    }

    [Fact]
    public void Every_result_list_has_one_ToFrame_convention()
    {
        // A single result has ToFrame() as a method; a list of results as an extension method in ResultFrames: never a public static ToFrame(list).
        var statics = typeof(Survey).Assembly.GetExportedTypes()
            .Where(t => t != typeof(ResultFrames))
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(m => m.Name == "ToFrame")
            .Select(m => $"{m.DeclaringType!.Name}.{m.Name}")
            .ToList();
        Assert.Empty(statics);
        Assert.All(typeof(ResultFrames).GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly),
            m => Assert.True(m.IsDefined(typeof(System.Runtime.CompilerServices.ExtensionAttribute), false), m.Name));
    }
}
