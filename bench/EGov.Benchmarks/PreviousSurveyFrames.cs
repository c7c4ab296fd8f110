using Deedle;
using EGov;
using EGov.Data;

namespace EGov.Benchmarks;

/// <summary>
/// The frame builder of lib/EGov/SurveyFrames.cs before issue 7 (one separately keyed Series per column, aligned by
/// FrameBuilder.Columns), kept verbatim so that one benchmark run can time it beside the current builder and `verify` can
/// check that both build equal frames.
/// </summary>
internal static class PreviousSurveyFrames
{
    public static Frame<Tuple<int, string>, string> Panel(IEnumerable<EditionRecord> records, IReadOnlyDictionary<string, Country> countries) =>
        Panel(records, countries, r => Tuple.Create(r.Edition, r.Iso3));

    public static Frame<TKey, string> Panel<TKey>(IEnumerable<EditionRecord> records, IReadOnlyDictionary<string, Country> countries, Func<EditionRecord, TKey> key)
        where TKey : notnull
    {
        var rows = records.ToArray();
        var keys = rows.Select(key).ToArray();
        var info = rows.Select(r => countries[r.Iso3]).ToArray();
        var builder = new FrameBuilder.Columns<TKey, string>
        {
            { SurveyColumns.Country, new Series<TKey, string>(keys, rows.Select(r => r.CountryName)) },
            { SurveyColumns.Region, new Series<TKey, string>(keys, info.Select(c => c.Region)) },
            { SurveyColumns.SubRegion, new Series<TKey, string>(keys, info.Select(c => c.SubRegion)) },
            { SurveyColumns.IncomeGroup2018, new Series<TKey, string>(keys, info.Select(c => c.IncomeGroup2018)) },
            { SurveyColumns.DevelopmentStatus2018, new Series<TKey, string>(keys, info.Select(c => c.DevelopmentStatus2018)) },
        };
        foreach (var index in Enum.GetValues<SurveyIndex>())
            builder.Add(SurveyColumns.Of(index), new Series<TKey, double>(keys, rows.Select(r => r.Value(index) is { } v ? (double)v : double.NaN)));
        var ranked = rows.Where(r => r.EgdiRank is not null).ToArray();
        builder.Add(SurveyColumns.EgdiRank, new Series<TKey, int>(ranked.Select(key), ranked.Select(r => r.EgdiRank!.Value)));
        var assessed = rows.Where(r => r.Egdi is not null).ToArray();
        builder.Add(SurveyColumns.EgdiLevel, new Series<TKey, string>(assessed.Select(key), assessed.Select(r => LevelGroups.Of(r.Egdi!.Value).Label())));
        return builder.Frame;
    }

    public static Frame<string, string> Countries(IEnumerable<Country> countries)
    {
        var rows = countries.ToArray();
        var keys = rows.Select(c => c.Iso3).ToArray();
        return new FrameBuilder.Columns<string, string>
        {
            { "Name", new Series<string, string>(keys, rows.Select(c => c.Name)) },
            { SurveyColumns.Region, new Series<string, string>(keys, rows.Select(c => c.Region)) },
            { SurveyColumns.SubRegion, new Series<string, string>(keys, rows.Select(c => c.SubRegion)) },
            { SurveyColumns.IncomeGroup2018, new Series<string, string>(keys, rows.Select(c => c.IncomeGroup2018)) },
            { SurveyColumns.DevelopmentStatus2018, new Series<string, string>(keys, rows.Select(c => c.DevelopmentStatus2018)) },
        }.Frame;
    }
}
