using EGov.Analysis;
using EGov.Data;

namespace EGov.Tests.Analysis;

/// <summary>The China 2020 claims (seed-claims.md C1-C11) evaluated on the embedded data.</summary>
public class FindingsTests
{
    private static readonly SurveyDataset Data = Survey.Load().Dataset;
    private static readonly ClaimSet Claims = Findings.LoadEmbedded(Findings.China2020);
    private static readonly IReadOnlyDictionary<string, ClaimResult> Results = ClaimEvaluator.Evaluate(Data, Claims).ToDictionary(r => r.Id);

    [Fact]
    public void The_claims_file_holds_every_claim_with_its_source()
    {
        Assert.Equal(Enumerable.Range(1, 11).Select(i => $"C{i}"), Claims.Claims.Select(c => c.Id));
        Assert.All(Claims.Claims, c =>
        {
            Assert.Contains("中国政府采购报 2020-07-28", c.Source, StringComparison.Ordinal);
            Assert.Contains("我国电子政务发展进入全球前列", c.Source, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(c.Fragment));
        });
    }

    [Theory]
    [InlineData("C1")]
    [InlineData("C2")]
    [InlineData("C3")]
    [InlineData("C4")]
    [InlineData("C5")]
    [InlineData("C6")]
    [InlineData("C7")]
    [InlineData("C8")]
    public void Checkable_claims_are_reproduced(string id) =>
        Assert.Equal(ClaimVerdict.Reproduced, Results[id].Verdict);

    [Theory]
    [InlineData("C9")]
    [InlineData("C10")]
    [InlineData("C11")]
    public void Questionnaire_and_qualitative_claims_are_not_checkable(string id) =>
        Assert.Equal(ClaimVerdict.NotCheckable, Results[id].Verdict);

    [Fact]
    public void Computed_values_are_shown()
    {
        // seed-claims.md C1, C4, C5, C6; data/egdi.csv 2018 and 2020 CHN rows.
        Assert.Equal("0.6811 → 0.7948", Results["C1"].Computed);
        Assert.Equal("+20", Results["C2"].Computed);
        Assert.Equal("0.9059", Results["C4"].Computed);
        Assert.Equal("9", Results["C5"].Computed);
        Assert.Equal("12", Results["C6"].Computed);
        Assert.StartsWith("PROXY, not the claim:", Results["C10"].Computed, StringComparison.Ordinal);
        Assert.Contains("inside China", Results["C11"].Detail, StringComparison.Ordinal);
        Assert.Equal("-", Results["C9"].Computed);
    }

    [Fact]
    public void The_world_wide_rise_of_c8_carries_its_caveat_beside_the_verdict()
    {
        // Issue 20: 88 % of the world mean EGDI rise 2018-2020 (0.0436 of 0.0497) is the TII; the world mean OSI fell (0.5691 to 0.5620).
        var c8 = Results["C8"];
        Assert.Contains("(+0.0497; TII +0.0436 of it (88 %), OSI −0.0024; a level comparison across editions)", c8.Computed, StringComparison.Ordinal);
        Assert.Contains("Caveat: this compares levels of two editions", c8.Detail, StringComparison.Ordinal);
        Assert.Contains("the world mean OSI went from 0.5691 to 0.5620", c8.Detail, StringComparison.Ordinal);
        var world = Survey.Load().EgdiChanges(2018, 2020).Mean;
        Assert.Equal(world.EgdiChange, world.OsiContribution + world.HciContribution + world.TiiContribution + world.Residual);
    }

    [Fact]
    public void C11_quotes_one_speaker_and_keeps_both_words_of_the_remark()
    {
        var c11 = Claims.Claims.Single(c => c.Id == "C11");
        // The fragment is one speaker's "不均衡、不充分", not joined with another speaker's remark on the data divide.
        Assert.Contains("不均衡、不充分", c11.Fragment, StringComparison.Ordinal);
        Assert.DoesNotContain("数据鸿沟", c11.Fragment, StringComparison.Ordinal);
        Assert.DoesNotContain("data divide", c11.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("insufficient", c11.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void C9_and_c10_name_where_their_figures_come_from_consistently()
    {
        var reasons = Claims.Claims.Where(c => c.Id is "C9" or "C10").ToDictionary(c => c.Id, c => c.NotCheckableReason!);
        Assert.Contains("Member States Questionnaire", reasons["C9"], StringComparison.Ordinal);
        Assert.Contains("one item of the online-service assessment", reasons["C10"], StringComparison.Ordinal);
    }

    [Fact]
    public void Osi_ranks_of_china_2020_come_from_the_data()
    {
        // seed-claims.md C5/C6: 11 countries have a higher OSI than China's 0.9059 in 2020, with 8 distinct values among them.
        var row = RankingAnalysis.Of(Data, SurveyIndex.Osi, 2020).For("CHN")!;
        Assert.Equal(9, row.DenseRank);
        Assert.Equal(12, row.CompetitionRank);
    }

    [Fact]
    public void World_mean_egdi_rose_from_2018_to_2020()
    {
        var sigma = Convergence.Sigma(Data, SurveyIndex.Egdi, [2018, 2020]);
        Assert.True(sigma[1].Mean > sigma[0].Mean);
        // Level groups (data/egdi.csv): 40 very high countries in 2018, 57 in 2020.
        Assert.Contains("Very high 40 (", Results["C8"].Detail, StringComparison.Ordinal);
        Assert.Contains("Very high 57 (", Results["C8"].Detail, StringComparison.Ordinal);
        Assert.Equal([2018, 2020], Results["C8"].Coverage!.Editions);
    }

    [Fact]
    public void Wrong_claims_are_not_reproduced()
    {
        var c1 = Claims["C1"] with { ClaimedValues = [0.6811, 0.7958] };
        Assert.Equal(ClaimVerdict.NotReproduced, ClaimEvaluator.Evaluate(Data, c1).Verdict);
        var c5 = Claims["C5"] with { ClaimedValues = [12] };
        Assert.Equal(ClaimVerdict.NotReproduced, ClaimEvaluator.Evaluate(Data, c5).Verdict);
        var c3 = Claims["C3"] with { Compute = Claims["C3"].Compute with { Editions = [2018] } };
        Assert.Equal(ClaimVerdict.NotReproduced, ClaimEvaluator.Evaluate(Data, c3).Verdict);
        var c8 = Claims["C8"] with { Compute = Claims["C8"].Compute with { From = 2020, To = 2018 } };
        Assert.Equal(ClaimVerdict.NotReproduced, ClaimEvaluator.Evaluate(Data, c8).Verdict);
    }

    [Fact]
    public void Results_as_a_frame()
    {
        var frame = ClaimEvaluator.Evaluate(Data, Claims).ToFrame();
        Assert.Equal(11, frame.RowCount);
        Assert.Equal("reproduced", frame.GetColumn<string>("Verdict").Get("C6"));
        Assert.Equal("not checkable", frame.GetColumn<string>("Verdict").Get("C10"));
    }

    [Fact]
    public void A_findings_file_is_parsed_and_bad_ones_rejected()
    {
        var set = Findings.Parse("""
            { "name": "toy", "source": "s", "claims": [ { "id": "X1", "text": "t", "fragment": "f", "source": "s",
              "compute": { "metric": "index", "index": "EGDI", "iso3": "CHN", "editions": [2020] }, "claimed": "0.5",
              "claimed_values": [0.5], "tolerance": 0.00005 } ] }
            """);
        Assert.Equal(ClaimVerdict.NotReproduced, ClaimEvaluator.Evaluate(Data, set["X1"]).Verdict);
        Assert.Throws<FormatException>(() => Findings.Parse("{ \"claims\": [ { \"id\": \"X\" } ] }"));
        Assert.Throws<FormatException>(() => Findings.Parse("not json"));
        Assert.Throws<KeyNotFoundException>(() => Findings.LoadEmbedded("nope"));
    }
}
