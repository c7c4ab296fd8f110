using System.Globalization;

namespace EGov.Data;

/// <summary>
/// Derives the <see cref="QualityFlag"/>s from the records (data/README.md, "Quality flags"). The rules read the evidence
/// from the data itself, edition by edition:
/// <list type="bullet">
/// <item>An index of an edition counts as rescaled to [0, 1] when its largest value among the assessed countries is exactly
/// 1 (the UN's min-max rescaling gives the best country 1 and the lowest 0). A component (OSI, HCI, TII) of 0 in an
/// assessed row is <see cref="QualityFlagKind.NoDataZero"/> where the index was not rescaled (0 cannot be a measurement
/// there: the 2003-2005 HCI of Liechtenstein, Andorra, Monaco, ...), else <see cref="QualityFlagKind.RescaledMinimum"/>.</item>
/// <item>Any index above 1 is <see cref="QualityFlagKind.AboveOne"/> (the 2003 HCI of Micronesia, 1.422, and of Tuvalu, 1.03).</item>
/// <item>The EGDI and rank of an assessed row with a component flagged by either rule above are
/// <see cref="QualityFlagKind.FromFlaggedComponent"/>: the UN averaged the flagged value in.</item>
/// <item>An EGDI more than <see cref="OutlierDeviation"/> from the mean of its components is <see cref="QualityFlagKind.EgdiNotMean"/>.</item>
/// <item>A rank other than the competition rank of its EGDI (an exact tie broken) is <see cref="QualityFlagKind.RankTieBroken"/>.</item>
/// </list>
/// The E-Participation Index is not part of the EGDI and its zeros are many and shared (no e-participation feature found):
/// they are measurements and are not flagged.
/// </summary>
internal static class QualityRules
{
    /// <summary>
    /// An EGDI further than this from the mean of OSI, HCI and TII is flagged: far beyond the rounding of five-decimal values
    /// (0.0001) and the systematic difference of 2008 and 2010 (at most 0.004 for every country but one).
    /// </summary>
    public const decimal OutlierDeviation = 0.005m;

    private static readonly string Egdi = SurveySchema.Of(SurveyIndex.Egdi).Field;

    /// <summary>The flags for a set of records, sorted by edition, ISO3, field (in the order of egdi.csv) and flag.</summary>
    public static IReadOnlyList<QualityFlag> Derive(IEnumerable<EditionRecord> records)
    {
        var flags = new List<QualityFlag>();
        foreach (var edition in records.GroupBy(r => r.Edition))
        {
            var rows = edition.ToList();
            var assessed = rows.Where(r => r.IsAssessed).ToList();
            var componentFlags = new Dictionary<string, List<(SurveyIndex Index, decimal Value)>>(StringComparer.Ordinal);
            foreach (var index in SurveySchema.EgdiComponents)
            {
                var values = assessed.Select(r => r.Value(index)).OfType<decimal>().ToList();
                if (values.Count == 0) continue;
                var max = values.Max();
                var zeros = values.Count(v => v == 0m);
                foreach (var r in assessed.Where(r => r.Value(index) == 0m))
                {
                    if (max == 1m)
                        flags.Add(Flag(r, index, QualityFlagKind.RescaledMinimum,
                            $"{Name(index)} 0 is the lowest value of {r.Edition}, where the {Name(index)} is rescaled to [0, 1] (the highest country has 1): " +
                            "a relative floor, not a measured zero; ratios and growth rates from it are meaningless"));
                    else
                    {
                        flags.Add(Flag(r, index, QualityFlagKind.NoDataZero,
                            $"{Name(index)} published as 0 for an assessed country: in {r.Edition} the {Name(index)} was not rescaled " +
                            $"(largest value {Text(max)}, none at 1) and {zeros} assessed {(zeros == 1 ? "country has" : "countries have")} 0, " +
                            "so the 0 stands for missing data; the UN averaged it into the EGDI as if measured"));
                        Remember(componentFlags, r, index, r.Value(index)!.Value);
                    }
                }
            }
            foreach (var r in rows)
            {
                foreach (var index in Enum.GetValues<SurveyIndex>())
                {
                    if (r.Value(index) is not { } v || v <= 1m) continue;
                    flags.Add(Flag(r, index, QualityFlagKind.AboveOne,
                        $"{Name(index)} {Text(v)} lies above 1, impossible for an index in [0, 1]: a probable data error"));
                    if (r.IsAssessed && SurveySchema.EgdiComponents.Contains(index)) Remember(componentFlags, r, index, v);
                }
            }
            foreach (var r in assessed)
            {
                if (!componentFlags.TryGetValue(r.Iso3, out var flagged)) continue;
                var what = string.Join(" and ", flagged.Select(f => $"{Name(f.Index)} {Text(f.Value)}"));
                var direction = flagged.All(f => f.Value == 0m) ? "understated" : flagged.All(f => f.Value > 1m) ? "overstated" : "distorted";
                flags.Add(new QualityFlag(r.Edition, r.Iso3, Egdi, QualityFlagKind.FromFlaggedComponent,
                    $"the EGDI is the mean of OSI, HCI and TII including the flagged {what}: {direction}"));
                if (r.EgdiRank is not null)
                    flags.Add(new QualityFlag(r.Edition, r.Iso3, SurveySchema.RankField, QualityFlagKind.FromFlaggedComponent,
                        $"the rank follows the EGDI, which includes the flagged {what}"));
            }
            var deviations = assessed.Select(r => (Record: r, Deviation: EgdiConsistency.Deviation(r))).Where(d => d.Deviation is not null).ToList();
            foreach (var (r, deviation) in deviations.Where(d => d.Deviation > OutlierDeviation))
            {
                var others = deviations.Where(d => d.Record != r).Select(d => d.Deviation!.Value).DefaultIfEmpty(0m).Max();
                flags.Add(new QualityFlag(r.Edition, r.Iso3, Egdi, QualityFlagKind.EgdiNotMean,
                    $"the EGDI {Text(r.Egdi!.Value)} differs from the mean of OSI, HCI and TII ({Round(((r.Osi + r.Hci + r.Tii) / 3m)!.Value)}) by {Round(deviation!.Value)}; " +
                    $"every other country of {r.Edition} differs by at most {Round(others)}"));
            }
            var egdis = assessed.Select(r => r.Egdi!.Value).ToList();
            foreach (var r in assessed.Where(r => r.EgdiRank is not null))
            {
                var competition = 1 + egdis.Count(e => e > r.Egdi!.Value);
                if (r.EgdiRank == competition) continue;
                var tied = assessed.Where(o => o.Iso3 != r.Iso3 && o.Egdi == r.Egdi).Select(o => $"{o.Iso3} (rank {o.EgdiRank})").ToList();
                flags.Add(new QualityFlag(r.Edition, r.Iso3, SurveySchema.RankField, QualityFlagKind.RankTieBroken,
                    $"the EGDI {Text(r.Egdi!.Value)} ties exactly with {string.Join(", ", tied)}, so its competition rank is {competition}; " +
                    $"the UN ranked it {r.EgdiRank}, an order the published values cannot decide"));
            }
        }
        var fieldOrder = CanonicalFormat.EgdiHeader.ToList();
        return flags.OrderBy(f => f.Edition).ThenBy(f => f.Iso3, StringComparer.Ordinal)
            .ThenBy(f => fieldOrder.IndexOf(f.Field)).ThenBy(f => f.Flag).ToList();
    }

    private static QualityFlag Flag(EditionRecord r, SurveyIndex index, QualityFlagKind kind, string reason) => new(r.Edition, r.Iso3, SurveySchema.Of(index).Field, kind, reason);

    private static void Remember(Dictionary<string, List<(SurveyIndex, decimal)>> flagged, EditionRecord r, SurveyIndex index, decimal value)
    {
        if (!flagged.TryGetValue(r.Iso3, out var list)) flagged[r.Iso3] = list = [];
        list.Add((index, value));
    }

    private static string Name(SurveyIndex index) => SurveySchema.Of(index).ShortName;

    private static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Round(decimal value) => decimal.Round(value, 5).ToString("0.00000", CultureInfo.InvariantCulture);
}
