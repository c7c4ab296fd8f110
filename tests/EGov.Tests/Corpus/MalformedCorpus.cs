using System.Globalization;
using System.Text;
using EGov.Data;
using static EGov.Tests.Corpus.CorpusBase;

namespace EGov.Tests.Corpus;

/// <summary>
/// Generates the corpus of malformed inputs, each a copy of the valid base (<see cref="CorpusBase"/>) with one defect,
/// grouped by the classes of issue 13. Deterministic: the same cases, in the same order, on every run.
/// </summary>
internal static class MalformedCorpus
{
    public const string Output = "output folder";
    public const string InputEnv = "non-regular or unreadable inputs";
    public const string Empty = "header-only and empty files";
    public const string NotAssessed = "EGDI 0 / blank outside 'not assessed'";
    public const string Edition = "edition mislabelled or replaced";
    public const string Ranks = "ranks";
    public const string Control = "control characters, trailing NUL";
    public const string Classification = "unknown sub-region, region, income, status";
    public const string DuplicateColumn = "conflicting duplicate column";
    public const string Oversized = "oversized values";
    public const string Formula = "formulas and non-names as names";
    public const string Missing = "empty folder, missing inputs";
    public const string NumberSyntax = "number syntax";
    public const string Range = "values out of range";
    public const string Encoding = "encoding";
    public const string Structure = "CSV structure, headers";
    public const string Rows = "duplicate, missing, unknown rows";
    public const string Consistency = "EGDI not the mean";
    public const string Bounds = "size bounds";
    public const string Canonical = "tampered dataset in --out";

    private const string Export = "EGOV_DATA_2024.csv";
    private const int Year = 2024;

    public static IReadOnlyList<CorpusCase> Cases()
    {
        var cases = new List<CorpusCase>();
        var n = 0;
        void Add(string cls, string description, IReadOnlyList<CorpusFile> files, ValidationRule? rule, int exit, Where where, Func<CorpusCase, CorpusCase>? with = null)
        {
            var c = new CorpusCase($"{++n:000}", cls, description, files, rule, exit, where);
            cases.Add(with is null ? c : with(c));
        }
        CorpusFile[] UnFile(Action<List<string[]>> mutate, string name = Export, int edition = Year) => [new(name, UnExport(edition, mutate))];
        void Field(string cls, string description, string iso3, int column, string value, ValidationRule rule, int edition = Year) =>
            Add(cls, description, UnFile(rows => Row(rows, iso3)[column] = value, edition: edition, name: $"EGOV_DATA_{edition}.csv"), rule, 1, Where.Field);

        // --- the output folder (environment: exit 2, nothing written) ---
        Add(Output, "--out is a regular file", UnFile(_ => { }), null, 2, Where.Message, c => c with
        {
            Setup = x => File.WriteAllText(Path.Combine(x.Root, "out.txt"), "not a folder\n"), Output = x => Path.Combine(x.Root, "out.txt"), ViaCli = true,
        });
        Add(Output, "--out is /dev/null", UnFile(_ => { }), null, 2, Where.Message, c => c with { Output = _ => "/dev/null", ViaCli = true });
        Add(Output, "--out is a symbolic link loop", UnFile(_ => { }), null, 2, Where.Message, c => c with
        {
            Setup = x => { File.CreateSymbolicLink(Path.Combine(x.Root, "loop1"), "loop2"); File.CreateSymbolicLink(Path.Combine(x.Root, "loop2"), "loop1"); },
            Output = x => Path.Combine(x.Root, "loop1"), ViaCli = true,
        });
        Add(Output, "--out below a regular file", UnFile(_ => { }), null, 2, Where.Message, c => c with
        {
            Setup = x => File.WriteAllText(Path.Combine(x.Root, "file"), "x"), Output = x => Path.Combine(x.Root, "file", "data"), ViaCli = true,
        });
        Add(Output, "--out on a read-only file system (/proc)", UnFile(_ => { }), null, 2, Where.Message, c => c with { Output = _ => "/proc/egov-corpus-out", ViaCli = true });
        // Entries where a dataset file goes: found before the commit point (they used to make the move after it fail,
        // exit 2 with the new dataset committed but not in place), so nothing is written.
        foreach (var name in new[] { CanonicalFormat.EgdiFile, CanonicalFormat.QualityFlagsFile, CanonicalFormat.ManifestFile })
            Add(Output, $"a folder named {name} in an --out without a dataset", UnFile(_ => { }), null, 2, Where.Message, c => c with
            {
                Setup = x => Directory.CreateDirectory(Path.Combine(x.Root, "fresh", name)), Output = x => Path.Combine(x.Root, "fresh"),
            });
        Add(Output, "a folder named datapackage.json beside a dataset", UnFile(_ => { }), null, 2, Where.Message, c => c with
        {
            Setup = x => { File.Delete(Path.Combine(x.Out, CanonicalFormat.ManifestFile)); Directory.CreateDirectory(Path.Combine(x.Out, CanonicalFormat.ManifestFile)); },
        });
        Add(Output, "country-aliases.csv a symbolic link beside a dataset", UnFile(_ => { }), null, 2, Where.Message, c => c with
        {
            Setup = x =>
            {
                var elsewhere = Path.Combine(x.Root, "elsewhere.csv");
                File.Move(Path.Combine(x.Out, CanonicalFormat.AliasesFile), elsewhere);
                File.CreateSymbolicLink(Path.Combine(x.Out, CanonicalFormat.AliasesFile), elsewhere);
            },
        });
        Add(Output, "a file of the user's named countries.csv in an --out without a dataset", UnFile(_ => { }), null, 2, Where.Message, c => c with
        {
            Setup = x => { Directory.CreateDirectory(Path.Combine(x.Root, "fresh")); File.WriteAllText(Path.Combine(x.Root, "fresh", CanonicalFormat.CountriesFile), "mine\n"); },
            Output = x => Path.Combine(x.Root, "fresh"),
        });

        // --- inputs that are not regular files or cannot be read (exit 2) ---
        Add(InputEnv, "input /dev/zero", [], ValidationRule.NotARegularFile, 2, Where.File, c => c with { ExtraInputs = _ => ["/dev/zero"], Target = "/dev/zero", ViaCli = true });
        Add(InputEnv, "input /dev/urandom", [], ValidationRule.NotARegularFile, 2, Where.File, c => c with { ExtraInputs = _ => ["/dev/urandom"], Target = "/dev/urandom", ViaCli = true });
        Add(InputEnv, "input a named pipe (would hang)", [], ValidationRule.NotARegularFile, 2, Where.File, c => c with
        {
            Setup = x => MakeFifo(Path.Combine(x.Inputs, "pipe.csv")), Target = "pipe.csv", ViaCli = true,
        });
        Add(InputEnv, "a link named zero.csv to /dev/zero in the input folder", [], ValidationRule.NotARegularFile, 2, Where.File, c => c with
        {
            Setup = x => File.CreateSymbolicLink(Path.Combine(x.Inputs, "zero.csv"), "/dev/zero"), Target = "zero.csv",
        });
        Add(InputEnv, "input a symbolic link loop", [], ValidationRule.CannotRead, 2, Where.File, c => c with
        {
            Setup = x => { File.CreateSymbolicLink(Path.Combine(x.Root, "a.csv"), "b.csv"); File.CreateSymbolicLink(Path.Combine(x.Root, "b.csv"), "a.csv"); },
            ExtraInputs = x => [Path.Combine(x.Root, "a.csv")], Target = "a.csv", ViaCli = true,
        });
        Add(InputEnv, "input a dangling link", [], ValidationRule.CannotRead, 2, Where.File, c => c with
        {
            Setup = x => File.CreateSymbolicLink(Path.Combine(x.Root, "gone.csv"), "nowhere.csv"), ExtraInputs = x => [Path.Combine(x.Root, "gone.csv")], Target = "gone.csv",
        });
        Add(InputEnv, "input a folder whose only entry links back to it (no endless walk)", [], ValidationRule.MissingInput, 2, Where.File, c => c with
        {
            Setup = x => { Directory.CreateDirectory(Path.Combine(x.Root, "deep")); Directory.CreateSymbolicLink(Path.Combine(x.Root, "deep", "again"), Path.Combine(x.Root, "deep")); },
            ExtraInputs = x => [Path.Combine(x.Root, "deep")], OnlyExtraInputs = true, Countries = false, Target = "deep",
        });

        // --- header-only and empty files (exit 1) ---
        Add(Empty, "UN export with a header only (the edition would vanish)", [new(Export, Utf8(Csv(UnHeader, [])))], ValidationRule.NoDataRows, 1, Where.Line, c => c with { ViaCli = true });
        Add(Empty, "header-only 2024 beside a valid 2010", [new("EGOV_DATA_2010.csv", UnExport(2010)), new(Export, Utf8(Csv(UnHeader, [])))], ValidationRule.NoDataRows, 1, Where.Line);
        Add(Empty, "UNU-EGOV edition file with a header only", [new("egdi-2024.csv", Utf8(Csv(UnuHeader, [])))], ValidationRule.NoDataRows, 1, Where.Line);
        Add(Empty, "countries table with a header only", [new("countries-data.csv", Utf8(Csv(CountriesHeader, []))), new(Export, UnExport(Year))],
            ValidationRule.NoDataRows, 1, Where.Line, c => c with { Countries = false, Target = "countries-data.csv" });
        Add(Empty, "empty file (0 bytes)", [new(Export, [])], ValidationRule.WrongHeader, 1, Where.Line);
        Add(Empty, "byte-order mark only", [new(Export, [0xEF, 0xBB, 0xBF])], ValidationRule.WrongHeader, 1, Where.Line);
        Add(Empty, "blank lines only", [new(Export, Utf8("\n\n  \n\r\n"))], ValidationRule.WrongHeader, 1, Where.Line);
        Add(Empty, "header and blank lines", [new(Export, Utf8(Csv(UnHeader, []) + "\n\n\n"))], ValidationRule.NoDataRows, 1, Where.Line);

        // --- EGDI 0 or blank where the whole row does not say 'not assessed' ---
        foreach (var iso3 in new[] { "DNK", "CHN", "BRA", "NGA", "FJI", "USA", "EST", "SGP", "MEX", "EGY", "IND", "NZL" })
            Add(NotAssessed, $"2024: EGDI 0 for assessed {iso3} beside its components", UnFile(rows => Row(rows, iso3)[3] = "0.00000"), ValidationRule.EgdiNotMeanOfComponents, 1, Where.Field,
                c => iso3 == "DNK" ? c with { ViaCli = true } : c);
        foreach (var iso3 in new[] { "DNK", "IND", "KEN" })
            Add(NotAssessed, $"2010: EGDI 0 for assessed {iso3} keeping its own rank", UnFile(rows => Row(rows, iso3)[3] = "0.00000", "EGOV_DATA_2010.csv", 2010), ValidationRule.EgdiNotMeanOfComponents, 1, Where.Field);
        foreach (var iso3 in new[] { "DNK", "BRA", "JPN" })
            Add(NotAssessed, $"2010: EGDI 0 and the shared last rank for {iso3}, whose OSI and HCI are published", UnFile(rows =>
            {
                var row = Row(rows, iso3);
                row[3] = "0.00000";
                row[2] = rows.Max(r => int.Parse(r[2], CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture);
            }, "EGOV_DATA_2010.csv", 2010), ValidationRule.EgdiNotMeanOfComponents, 1, Where.Field);
        foreach (var iso3 in new[] { "DNK", "PER" })
            Add(NotAssessed, $"2024: blank EGDI for {iso3}", UnFile(rows => Row(rows, iso3)[3] = ""), ValidationRule.MissingValue, 1, Where.Line);
        Add(NotAssessed, "2024 UNU-EGOV file: blank EGDI for CHN", [new("egdi-2024.csv", Utf8(Csv(UnuHeader, Mutate(UnuRows(Year), rows => Row(rows, "CHN")[3] = ""))))],
            ValidationRule.MissingValue, 1, Where.Line);
        Add(NotAssessed, "2024 UNU-EGOV file: EGDI 0 for CHN", [new("egdi-2024.csv", Utf8(Csv(UnuHeader, Mutate(UnuRows(Year), rows => Row(rows, "CHN")[3] = "0.0"))))],
            ValidationRule.EgdiNotMeanOfComponents, 1, Where.Field);

        // --- editions mislabelled or replaced ---
        Add(Edition, "EGOV_DATA_2024.csv whose rows say 2022 (onto the published dataset)", UnFile(rows => rows.ForEach(r => r[0] = "2022")), ValidationRule.EditionMismatch, 1, Where.Field,
            c => c with { FromScratch = false, FullBaseline = true, ViaCli = true });
        Add(Edition, "EGOV_DATA_2024.csv whose rows say 2022 (from scratch)", UnFile(rows => rows.ForEach(r => r[0] = "2022")), ValidationRule.EditionMismatch, 1, Where.Field);
        Add(Edition, "one row of EGOV_DATA_2024.csv says 2022", UnFile(rows => rows[7][0] = "2022"), ValidationRule.EditionMismatch, 1, Where.Field);
        Add(Edition, "EGOV_DATA_2022.csv holding 2024 rows", UnFile(_ => { }, "EGOV_DATA_2022.csv"), ValidationRule.EditionMismatch, 1, Where.Field);
        Add(Edition, "2024 rows relabelled 2022 in an unnamed export, onto the published dataset", UnFile(rows => rows.ForEach(r => r[0] = "2022"), "export.csv"),
            ValidationRule.SourcesDisagree, 1, Where.Line, c => c with { FromScratch = false, FullBaseline = true });
        Add(Edition, "2024 with one value changed, onto a dataset that has 2024", UnFile(rows => Row(rows, "CHN")[4] = "0.80000", "export.csv"),
            ValidationRule.SourcesDisagree, 1, Where.Line, c => c with { FromScratch = false });

        // --- ranks ---
        foreach (var iso3 in new[] { "DNK", "CHN", "SOM", "URY" })
            Add(Ranks, $"blank rank for assessed {iso3}", UnFile(rows => Row(rows, iso3)[2] = ""), ValidationRule.MissingValue, 1, Where.Line, c => iso3 == "DNK" ? c with { ViaCli = true } : c);
        Add(Ranks, "rank 9999 of 193", UnFile(rows => Row(rows, "CHN")[2] = "9999"), ValidationRule.RankOutOfRange, 1, Where.Field);
        Add(Ranks, "rank 194 of 193", UnFile(rows => Row(rows, "SOM")[2] = "194"), ValidationRule.RankOutOfRange, 1, Where.Field);
        Add(Ranks, "every rank 1", UnFile(rows => rows.ForEach(r => r[2] = "1")), ValidationRule.RankNotInEgdiOrder, 1, Where.Field);
        Add(Ranks, "ranks reversed", UnFile(rows => rows.ForEach(r => r[2] = (194 - int.Parse(r[2], CultureInfo.InvariantCulture)).ToString(CultureInfo.InvariantCulture))),
            ValidationRule.RankNotInEgdiOrder, 1, Where.Field);
        Add(Ranks, "ranks of the first two swapped", UnFile(rows => (rows[0][2], rows[1][2]) = (rows[1][2], rows[0][2])), ValidationRule.RankNotInEgdiOrder, 1, Where.Field);
        Add(Ranks, "every rank one place lower", UnFile(rows => rows.ForEach(r => r[2] = (int.Parse(r[2], CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture))),
            ValidationRule.RankNotInEgdiOrder, 1, Where.Field);
        foreach (var (iso3, shift) in new[] { ("CHN", 5), ("KEN", -7), ("BRA", 20) })
            Add(Ranks, $"{iso3} rank off by {shift}", UnFile(rows => Row(rows, iso3)[2] = (int.Parse(Row(rows, iso3)[2], CultureInfo.InvariantCulture) + shift).ToString(CultureInfo.InvariantCulture)),
                ValidationRule.RankNotInEgdiOrder, 1, Where.Field);
        foreach (var value in new[] { "0", "-1", "1.5", "1e2", "12abc", "Ⅻ" })
            Field(Ranks, $"rank '{value}'", "CHN", 2, value, ValidationRule.RankNotPositiveInteger);
        Add(Edition, "UNU-EGOV file named egdi-24.csv", [new("egdi-24.csv", Utf8(Csv(UnuHeader, UnuRows(Year))))], ValidationRule.UnknownEdition, 1, Where.File);
        Add(Edition, "UNU-EGOV file named egdi-2023.csv (not an edition)", [new("egdi-2023.csv", Utf8(Csv(UnuHeader, UnuRows(Year))))], ValidationRule.UnknownEdition, 1, Where.File);
        Add(Ranks, "UNU-EGOV rank 2.5", [new("egdi-2024.csv", Utf8(Csv(UnuHeader, Mutate(UnuRows(Year), rows => Row(rows, "CHN")[2] = "2.5"))))], ValidationRule.RankNotPositiveInteger, 1, Where.Field);

        // --- control characters and trailing NUL ---
        var columns = new[] { (0, "year"), (2, "rank"), (3, "EGDI"), (4, "EPI"), (5, "OSI"), (6, "HCI"), (7, "TII") };
        foreach (var (column, what) in columns)
            foreach (var iso3 in new[] { "CHN", "DNK", "SOM" })
                Field(Control, $"trailing NUL after the {what} of {iso3}", iso3, column, Row(UnRows(Year), iso3)[column] + "\0", ValidationRule.ControlCharacter);
        foreach (var (text, what) in new[] { ("Ch\0ina", "NUL"), ("China\u0001", "\\x01"), ("\u001b[31mChina", "ESC sequence"), ("China\u202e", "right-to-left override"),
                     ("Chi\u200bna", "zero-width space"), ("\ufeffChina", "byte-order mark"), ("China\u007f", "DEL"), ("China\u0085", "C1 NEL"), ("China\u2028", "line separator") })
            Field(Control, $"{what} in a country name", "CHN", 1, text, ValidationRule.ControlCharacter);
        Add(Control, "NUL in a countries-table sub-region", [new("countries-data.csv", Countries(rows => rows[3][4] += "\0")), new(Export, UnExport(Year))],
            ValidationRule.ControlCharacter, 1, Where.Field, c => c with { Countries = false, Target = "countries-data.csv" });
        Add(Control, "NUL after an ISO3 code (UNU-EGOV)", [new("egdi-2024.csv", Utf8(Csv(UnuHeader, Mutate(UnuRows(Year), rows => Row(rows, "CHN")[0] = "CHN\0"))))],
            ValidationRule.ControlCharacter, 1, Where.Field, c => c with { ViaCli = true });

        // --- classifications ---
        foreach (var (column, value, what) in new[] { (4, "Middle Earth", "sub-region"), (4, "Eastern asia", "sub-region (case)"), (4, "South-Eastern Asia", "sub-region (capital E)"),
                     (4, "Oceania", "sub-region (a region)"), (3, "Antarctica", "region"), (3, "europe", "region (case)"), (5, "Rich", "income group"), (5, "High Income", "income group (case)"),
                     (8, "Emerging", "development status"), (8, "developed", "development status (case)") })
            Add(Classification, $"unknown {what} '{value}'", [new("countries-data.csv", Countries(rows => rows[10][column] = value)), new(Export, UnExport(Year))],
                ValidationRule.NotAllowedValue, 1, Where.Field, c => c with { Countries = false, Target = "countries-data.csv", ViaCli = what == "sub-region" });

        // --- conflicting duplicate columns ---
        for (var column = 0; column < UnHeader.Length; column++)
        {
            var index = column;
            Add(DuplicateColumn, $"'{UnHeader[index]}' given twice with different values", [new(Export, Utf8(Csv([.. UnHeader, UnHeader[index]],
                UnRows(Year).Select(r => (IReadOnlyList<string>)[.. r, index == 1 ? "Elsewhere" : index == 0 ? "2022" : "0.12345"]))))],
                ValidationRule.WrongHeader, 1, Where.Field, c => index == 3 ? c with { ViaCli = true } : c);
        }
        Add(DuplicateColumn, "countries table with 'region' twice", [new("countries-data.csv", Utf8(Csv([.. CountriesHeader, "region"], CountryRows().Select(r => (IReadOnlyList<string>)[.. r, "Europe"])))),
            new(Export, UnExport(Year))], ValidationRule.WrongHeader, 1, Where.Field, c => c with { Countries = false, Target = "countries-data.csv" });

        // --- oversized values ---
        var huge = "0." + new string('1', 10_000);
        foreach (var (column, what) in columns.Skip(2))
            Field(Oversized, $"a 10,000-digit {what}", "CHN", column, huge, ValidationRule.InputTooLarge);
        Field(Oversized, "a 10,000-digit rank", "CHN", 2, new string('7', 10_000), ValidationRule.InputTooLarge);
        Field(Oversized, "a 10,000-digit year", "CHN", 0, new string('2', 10_000), ValidationRule.InputTooLarge);
        foreach (var (column, what) in columns.Skip(2))
            Field(Oversized, $"a 25-digit {what}", "CHN", column, "0.1234567890123456789012345", ValidationRule.UnparseableNumber);
        Field(Oversized, "a 10,000-character name", "CHN", 1, new string('C', 10_000), ValidationRule.InputTooLarge);
        Field(Oversized, "a 150-character name", "CHN", 1, "China " + new string('a', 144), ValidationRule.NotAllowedValue);

        // --- formulas and other non-names taken as names ---
        foreach (var text in new[] { "=HYPERLINK(\"http://example.invalid\",\"China\")", "+China", "-China", "@SUM(A1:A2)", "=1+1", "China=1", "123", "<script>alert(1)</script>", "=cmd|' /C calc'!A0", "'=1+1", "China;=1" })
            Field(Formula, $"name '{text}'", "CHN", 1, text, ValidationRule.NotAllowedValue);
        Add(Formula, "a formula as a countries-table name", [new("countries-data.csv", Countries(rows => rows[5][1] = "=HYPERLINK(\"x\")")), new(Export, UnExport(Year))],
            ValidationRule.NotAllowedValue, 1, Where.Field, c => c with { Countries = false, Target = "countries-data.csv", ViaCli = true });
        Add(Formula, "a formula as a UNU-EGOV name", [new("egdi-2024.csv", Utf8(Csv(UnuHeader, Mutate(UnuRows(Year), rows => Row(rows, "CHN")[1] = "=cmd|'/c calc'!A1"))))],
            ValidationRule.NotAllowedValue, 1, Where.Field);
        Add(Formula, "a formula as a common name (UNU-EGOV names, ';')", [new("countries-data_EN.csv", Utf8(Csv(RawFormats_NamesHeader, [["CHN", "=HYPERLINK(\"x\")", "People's Republic of China", "Asia", "Eastern Asia", "Upper middle", "Developing"]], ';'))), new(Export, UnExport(Year))],
            ValidationRule.NotAllowedValue, 1, Where.Field, c => c with { Target = "countries-data_EN.csv" });
        Add(Formula, "a formula as a Data360 area label", [new("UN_EGDI_X_WIDEF.csv", Utf8(Csv([.. EGov.Data.Import.RawFormats.Data360Header, "INDICATOR_LABEL"], [["A", "Annual", "CHN", "@SUM(1)", "EGDI", "x"]]))), new(Export, UnExport(Year))],
            ValidationRule.NotAllowedValue, 1, Where.Field, c => c with { Target = "UN_EGDI_X_WIDEF.csv" });

        // --- empty folders and missing inputs (exit 2) ---
        Add(Missing, "an empty input folder", [], ValidationRule.MissingInput, 2, Where.File, c => c with
        {
            Setup = x => Directory.CreateDirectory(Path.Combine(x.Root, "empty")), ExtraInputs = x => [Path.Combine(x.Root, "empty")], OnlyExtraInputs = true, Countries = false, Target = "empty", ViaCli = true,
        });
        Add(Missing, "a folder without *.csv files", [], ValidationRule.MissingInput, 2, Where.File, c => c with
        {
            Setup = x => { Directory.CreateDirectory(Path.Combine(x.Root, "txt")); File.WriteAllText(Path.Combine(x.Root, "txt", "readme.txt"), "x"); },
            ExtraInputs = x => [Path.Combine(x.Root, "txt")], OnlyExtraInputs = true, Countries = false, Target = "txt",
        });
        Add(Missing, "nested empty folders", [], ValidationRule.MissingInput, 2, Where.File, c => c with
        {
            Setup = x => Directory.CreateDirectory(Path.Combine(x.Root, "a", "b", "c")), ExtraInputs = x => [Path.Combine(x.Root, "a")], OnlyExtraInputs = true, Countries = false, Target = "a",
        });
        Add(Missing, "a folder with only a hidden .csv", [], ValidationRule.MissingInput, 2, Where.File, c => c with
        {
            Setup = x => { Directory.CreateDirectory(Path.Combine(x.Root, "hidden")); File.WriteAllBytes(Path.Combine(x.Root, "hidden", ".x.csv"), UnExport(Year)); },
            ExtraInputs = x => [Path.Combine(x.Root, "hidden")], OnlyExtraInputs = true, Countries = false, Target = "hidden",
        });
        Add(Missing, "a file that does not exist", [], ValidationRule.MissingInput, 2, Where.File, c => c with { ExtraInputs = x => [Path.Combine(x.Root, "nope.csv")], Target = "nope.csv", ViaCli = true });
        Add(Missing, "--from-scratch without a countries table", UnFile(_ => { }), ValidationRule.MissingInput, 2, Where.File, c => c with { Countries = false, Target = "(inputs)" });

        // --- number syntax ---
        foreach (var (column, what) in new[] { (3, "EGDI"), (5, "OSI"), (7, "TII") })
            foreach (var text in new[] { "0,5", "1e-3", ".5", "5.", "0x1", "NaN", "Infinity", "--0.5", "0.5.1", "٠٫٥", "０.５", "0.5%", "½" })
                Field(NumberSyntax, $"{what} '{text}'", "CHN", column, text, ValidationRule.UnparseableNumber);

        // --- values out of range ---
        foreach (var (column, what) in columns.Skip(2))
            foreach (var text in new[] { "1.5", "-0.1", "1.00001", "2" })
                Field(Range, $"{what} {text}", "KEN", column, text, ValidationRule.IndexOutOfRange);

        // --- encoding ---
        var plain = UnExport(Year);
        var at = System.Text.Encoding.UTF8.GetString(plain).IndexOf("China", StringComparison.Ordinal);
        foreach (var (bytes, what) in new (byte[], string)[]
                 {
                     ([0xFF], "byte 0xFF"), ([0xC3], "a truncated sequence"), ([0xC0, 0xAF], "an overlong '/'"), ([0xED, 0xA0, 0x80], "an encoded surrogate"), ([0xF4], "Latin-1 'ô'"),
                 })
            Add(Encoding, $"{what} in a name", [new(Export, [.. plain[..at], .. bytes, .. plain[at..]])], ValidationRule.Encoding, 1, Where.Field);
        Add(Encoding, "UTF-16 with a byte-order mark", [new(Export, [.. new UnicodeEncoding(false, true).GetPreamble(), .. System.Text.Encoding.Unicode.GetBytes(System.Text.Encoding.UTF8.GetString(plain))])],
            ValidationRule.Encoding, 1, Where.Field);

        // --- CSV structure and headers ---
        Add(Structure, "a row with a field missing", UnFile(rows => rows[3] = rows[3][..7]), ValidationRule.WrongFieldCount, 1, Where.Line);
        Add(Structure, "a row with an extra field", UnFile(rows => rows[3] = [.. rows[3], "x"]), ValidationRule.WrongFieldCount, 1, Where.Field);
        Add(Structure, "an unbalanced quote in a name", [new(Export, Utf8(Csv(UnHeader, UnRows(Year)).Replace("China", "Chi\"na", StringComparison.Ordinal)))], ValidationRule.WrongFieldCount, 1, Where.Line);
        Add(Structure, "a quoted name running over two lines", [new(Export, Utf8(Csv(UnHeader, UnRows(Year)).Replace("Denmark", "\"Den\nmark\"", StringComparison.Ordinal)))], ValidationRule.ControlCharacter, 1, Where.Field);
        Add(Structure, "binary garbage", [new(Export, Enumerable.Range(0, 4096).Select(i => (byte)(i * 7919 % 251)).ToArray())], ValidationRule.Encoding, 1, Where.Field);
        Add(Structure, "a misspelled header", [new(Export, Utf8(Csv(UnHeader, UnRows(Year)).Replace("E-Government Index", "E-Govt Index", StringComparison.Ordinal)))],
            ValidationRule.WrongHeader, 1, Where.Line);
        Add(Structure, "header columns in another order", [new(Export, Utf8(Csv([UnHeader[1], UnHeader[0], .. UnHeader[2..]], UnRows(Year).Select(r => (IReadOnlyList<string>)[r[1], r[0], .. r[2..]]))))],
            ValidationRule.WrongHeader, 1, Where.Line);
        Add(Structure, "tab-separated", [new(Export, Utf8(Csv(UnHeader, UnRows(Year), '\t')))], ValidationRule.WrongHeader, 1, Where.Line);

        // --- duplicate, missing and unknown rows ---
        Add(Rows, "a row given twice", UnFile(rows => rows.Insert(10, rows[5])), ValidationRule.DuplicateRow, 1, Where.Field, c => c with { ViaCli = true });
        Add(Rows, "a country twice with different values", UnFile(rows => rows.Insert(10, [.. rows[5][..4], "0.11111", .. rows[5][5..]])), ValidationRule.DuplicateRow, 1, Where.Field);
        Add(Rows, "a country missing (192 rows)", UnFile(rows => rows.RemoveAt(17)), ValidationRule.WrongRowCount, 1, Where.File);
        Add(Rows, "an unknown country 'Atlantis'", UnFile(rows => Row(rows, "CHN")[1] = "Atlantis"), ValidationRule.UnknownCountry, 1, Where.Field);
        Add(Rows, "a misspelled country 'Chnia'", UnFile(rows => Row(rows, "CHN")[1] = "Chnia"), ValidationRule.UnknownCountry, 1, Where.Field);
        Add(Rows, "an ISO3 code as a name", UnFile(rows => Row(rows, "CHN")[1] = "CHN"), ValidationRule.UnknownCountry, 1, Where.Field);
        Add(Rows, "countries table with an ISO3 twice", [new("countries-data.csv", Countries(rows => rows[4][0] = rows[3][0])), new(Export, UnExport(Year))],
            ValidationRule.DuplicateRow, 1, Where.Field, c => c with { Countries = false, Target = "countries-data.csv" });
        Add(Rows, "countries table with a lower-case ISO3", [new("countries-data.csv", Countries(rows => rows[4][0] = rows[4][0].ToLowerInvariant())), new(Export, UnExport(Year))],
            ValidationRule.UnknownIso3, 1, Where.Field, c => c with { Countries = false, Target = "countries-data.csv" });
        Add(Rows, "UNU-EGOV file with an unknown ISO3", [new("egdi-2024.csv", Utf8(Csv(UnuHeader, Mutate(UnuRows(Year), rows => Row(rows, "CHN")[0] = "XXX"))))], ValidationRule.UnknownIso3, 1, Where.Line);
        Add(Rows, "UNU-EGOV file calling India 'China'", [new("egdi-2024.csv", Utf8(Csv(UnuHeader, Mutate(UnuRows(Year), rows => Row(rows, "IND")[1] = "China"))))], ValidationRule.ConflictingAlias, 1, Where.Line);

        // --- EGDI not the mean of its components ---
        foreach (var iso3 in new[] { "CHN", "DNK", "KEN", "BRA", "FJI" })
            Add(Consistency, $"EGDI of {iso3} moved by 0.01", UnFile(rows => Row(rows, iso3)[3] = (decimal.Parse(Row(rows, iso3)[3], CultureInfo.InvariantCulture) - 0.01m).ToString(CultureInfo.InvariantCulture)),
                ValidationRule.EgdiNotMeanOfComponents, 1, Where.Field, c => iso3 == "CHN" ? c with { ViaCli = true } : c);

        // --- size bounds ---
        var row = string.Join(",", UnRows(Year)[5]) + "\n";
        Add(Bounds, "9 MB of duplicate rows (over the 8 MB file limit)", [new(Export, Utf8(string.Join(",", UnHeader) + "\n" + string.Concat(Enumerable.Repeat(row, 9_000_000 / row.Length))))],
            ValidationRule.InputTooLarge, 1, Where.File, c => c with { ViaCli = true });
        Add(Bounds, "10 MB of unknown names", [new(Export, Utf8(string.Join(",", UnHeader) + "\n" + string.Concat(Enumerable.Range(0, 10_000_000 / 44).Select(i => $"2024,Nowhere {i:0000000},1,0.5,0.5,0.5,0.5,0.5\n"))))],
            ValidationRule.InputTooLarge, 1, Where.File);
        Add(Bounds, "25,000 short rows (over the 20,000-row limit)", [new(Export, Utf8(string.Join(",", UnHeader) + "\n" + string.Concat(Enumerable.Repeat("2024,X,1,0,0,0,0,0\n", 25_000))))],
            ValidationRule.InputTooLarge, 1, Where.Line);
        Add(Bounds, "19,000 unknown names (under the limits: the report is bounded)", [new(Export, Utf8(string.Join(",", UnHeader) + "\n" + string.Concat(Enumerable.Range(0, 19_000).Select(i => $"2024,Nowhere {Letters(i)},1,0.50000,0.50000,0.50000,0.50000,0.50000\n"))))],
            ValidationRule.UnknownCountry, 1, Where.Field, c => c with { ViaCli = true });
        Add(Bounds, "1,001 files in a folder", [], ValidationRule.InputTooLarge, 1, Where.File, c => c with
        {
            Setup = x => { var d = Directory.CreateDirectory(Path.Combine(x.Root, "many")).FullName; for (var i = 0; i < 1001; i++) File.WriteAllText(Path.Combine(d, $"f{i:0000}.csv"), "x\n"); },
            ExtraInputs = x => [Path.Combine(x.Root, "many")], OnlyExtraInputs = true, Countries = false, Target = "many",
        });
        Add(Bounds, "more than 64 MB in all (nine 7.5 MB files)", [.. Enumerable.Range(0, 9).Select(i => new CorpusFile($"big{i}.csv", Utf8(new string('x', 7_500_000) + "\n")))],
            ValidationRule.InputTooLarge, 1, Where.File, c => c with { Target = "big8.csv" });

        // --- a tampered dataset in --out (the baseline of an import onto it) ---
        Add(Canonical, "egdi.csv edited by hand", UnFile(_ => { }, "export.csv"), ValidationRule.ChecksumMismatch, 1, Where.File, c => c with
        {
            FromScratch = false, Target = "datapackage.json", ViaCli = true,
            Setup = x => Edit(Path.Combine(x.Out, "egdi.csv"), t => t.Replace("0.98474", "0.98475", StringComparison.Ordinal)),
        });
        Add(Canonical, "datapackage.json not JSON", UnFile(_ => { }, "export.csv"), ValidationRule.ChecksumMismatch, 1, Where.File, c => c with
        {
            FromScratch = false, Target = "datapackage.json", Setup = x => File.WriteAllText(Path.Combine(x.Out, "datapackage.json"), "{ not json"),
        });
        Add(Canonical, "datapackage.json cut in half", UnFile(_ => { }, "export.csv"), ValidationRule.ChecksumMismatch, 1, Where.File, c => c with
        {
            FromScratch = false, Target = "datapackage.json", Setup = x => Edit(Path.Combine(x.Out, "datapackage.json"), t => t[..(t.Length / 2)]),
        });
        Add(Canonical, "quality-flags.csv deleted", UnFile(_ => { }, "export.csv"), ValidationRule.MissingInput, 2, Where.File, c => c with
        {
            FromScratch = false, Target = "quality-flags.csv", Setup = x => File.Delete(Path.Combine(x.Out, "quality-flags.csv")),
        });
        Add(Canonical, "a NUL in egdi.csv", UnFile(_ => { }, "export.csv"), ValidationRule.ControlCharacter, 1, Where.Field, c => c with
        {
            FromScratch = false, Target = "egdi.csv", Setup = x => Edit(Path.Combine(x.Out, "egdi.csv"), t => t.Replace("0.98474", "0.98474\0", StringComparison.Ordinal)),
        });
        Add(Canonical, "manifest lists no checksum for a file", UnFile(_ => { }, "export.csv"), ValidationRule.ChecksumMismatch, 1, Where.File, c => c with
        {
            FromScratch = false, Target = "datapackage.json", Setup = x => Edit(Path.Combine(x.Out, "datapackage.json"), t => t.Replace("\"hash\"", "\"hush\"", StringComparison.Ordinal)),
        });
        // The first case of every class also runs through the real program.
        var firsts = cases.GroupBy(c => c.Class).Select(g => g.First().Id).ToHashSet();
        return cases.Select(c => firsts.Contains(c.Id) ? c with { ViaCli = true } : c).ToList();
    }

    private static readonly string[] RawFormats_NamesHeader = [.. EGov.Data.Import.RawFormats.UnuCountryNamesHeader];

    /// <summary>A number spelled in letters (a name may not hold digits): 0 = "a", 27 = "bb".</summary>
    private static string Letters(int i)
    {
        var text = "";
        do { text = (char)('a' + i % 26) + text; i /= 26; } while (i > 0);
        return text;
    }

    private static List<string[]> Mutate(List<string[]> rows, Action<List<string[]>> mutate)
    {
        mutate(rows);
        return rows;
    }

    private static void Edit(string path, Func<string, string> change) => File.WriteAllText(path, change(File.ReadAllText(path)));

    private static void MakeFifo(string path)
    {
        using var mkfifo = System.Diagnostics.Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        if (mkfifo.ExitCode != 0) throw new InvalidOperationException("mkfifo failed");
    }
}
