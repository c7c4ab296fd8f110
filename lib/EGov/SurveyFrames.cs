using Deedle;
using Deedle.Indices.Linear;
using Deedle.Vectors.ArrayVector;
using EGov.Data;

namespace EGov;

/// <summary>
/// Builds Deedle frames from canonical records, column by column (no reflection), with typed columns. Every column is filled
/// into an array of the final length in one pass over the records and all columns share one row index, so Deedle has no
/// indices to align (aligning twelve separately keyed series was most of the load time; docs/performance.md).
/// </summary>
internal static class SurveyFrames
{
    private static readonly string[] PanelColumns =
    [
        SurveyColumns.Country, SurveyColumns.Region, SurveyColumns.SubRegion, SurveyColumns.IncomeGroup2018, SurveyColumns.DevelopmentStatus2018,
        .. SurveySchema.Indices.Select(d => SurveyColumns.Of(d.Index)), SurveyColumns.EgdiRank, SurveyColumns.EgdiLevel,
    ];

    private static readonly string[] CountryColumns =
        [SurveyColumns.Name, SurveyColumns.Region, SurveyColumns.SubRegion, SurveyColumns.IncomeGroup2018, SurveyColumns.DevelopmentStatus2018];

    public static Frame<Tuple<int, string>, string> Panel(IEnumerable<EditionRecord> records, IReadOnlyDictionary<string, Country> countries) =>
        Panel(records, countries, r => Tuple.Create(r.Edition, r.Iso3));

    public static Frame<TKey, string> Panel<TKey>(IEnumerable<EditionRecord> records, IReadOnlyDictionary<string, Country> countries, Func<EditionRecord, TKey> key)
        where TKey : notnull
    {
        var rows = records as IReadOnlyList<EditionRecord> ?? records.ToArray();
        var n = rows.Count;
        var keys = new TKey[n];
        var name = new string[n];
        var region = new string[n];
        var subRegion = new string[n];
        var income = new string[n];
        var development = new string[n];
        var indices = SurveySchema.Indices.Select(d => d.Index).ToArray();
        var values = indices.Select(_ => new double[n]).ToArray();
        var rank = new OptionalValue<int>[n];
        var level = new OptionalValue<string>[n];
        for (var i = 0; i < n; i++)
        {
            var r = rows[i];
            var info = countries[r.Iso3];
            keys[i] = key(r);
            name[i] = r.CountryName;
            region[i] = info.Region;
            subRegion[i] = info.SubRegion;
            income[i] = info.IncomeGroup2018;
            development[i] = info.DevelopmentStatus2018;
            for (var j = 0; j < indices.Length; j++) values[j][i] = r.Value(indices[j]) is { } v ? (double)v : double.NaN;
            rank[i] = r.EgdiRank is { } k ? new OptionalValue<int>(k) : OptionalValue<int>.Missing;
            level[i] = r.Egdi is { } e ? new OptionalValue<string>(LevelGroups.Of(e).Label()) : OptionalValue<string>.Missing;
        }
        var vectors = new List<IVector>
        {
            Vector(name), Vector(region), Vector(subRegion), Vector(income), Vector(development),
        };
        vectors.AddRange(values.Select(Vector)); // NaN is a missing value in a double vector, as in a Series built from doubles
        vectors.Add(ArrayVectorBuilder.Instance.CreateMissing(rank));
        vectors.Add(ArrayVectorBuilder.Instance.CreateMissing(level));
        return Frame(keys, PanelColumns, vectors);
    }

    public static Frame<string, string> Countries(IEnumerable<Country> countries)
    {
        var rows = countries as IReadOnlyList<Country> ?? countries.ToArray();
        var keys = new string[rows.Count];
        var columns = CountryColumns.Select(_ => new string[rows.Count]).ToArray();
        for (var i = 0; i < rows.Count; i++)
        {
            var c = rows[i];
            keys[i] = c.Iso3;
            columns[0][i] = c.Name;
            columns[1][i] = c.Region;
            columns[2][i] = c.SubRegion;
            columns[3][i] = c.IncomeGroup2018;
            columns[4][i] = c.DevelopmentStatus2018;
        }
        return Frame(keys, CountryColumns, columns.Select(Vector).ToList());
    }

    public static Frame<int, string> QualityFlags(IReadOnlyList<QualityFlag> flags)
    {
        var keys = Enumerable.Range(0, flags.Count).ToArray();
        var edition = flags.Select(f => f.Edition).ToArray();
        var columns = new Func<QualityFlag, string>[] { f => f.Iso3, f => f.Field, f => f.Flag.Code(), f => f.Reason }
            .Select(get => flags.Select(get).ToArray()).ToList();
        var vectors = new List<IVector> { Vector(edition) };
        vectors.AddRange(columns.Select(Vector));
        return Frame(keys, [QualityFlag.Columns.Edition, QualityFlag.Columns.Iso3, QualityFlag.Columns.Field, QualityFlag.Columns.Flag, QualityFlag.Columns.Reason], vectors);
    }

    private static IVector Vector<T>(T[] values) => ArrayVectorBuilder.Instance.Create(values);

    /// <summary>A frame over one row index shared by every column (keys checked for order, as a Series built from keys is).</summary>
    private static Frame<TKey, string> Frame<TKey>(TKey[] keys, string[] columns, IReadOnlyList<IVector> vectors) where TKey : notnull =>
        new(Deedle.Index.Create(keys), Deedle.Index.CreateUnordered(columns), ArrayVectorBuilder.Instance.Create(vectors.ToArray()),
            LinearIndexBuilder.Instance, ArrayVectorBuilder.Instance);
}
