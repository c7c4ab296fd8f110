using System.Globalization;

namespace EGov.Data.Import;

/// <summary>
/// Builds a canonical <see cref="SurveyDataset"/> from input files: reads every file, resolves names to ISO3 codes,
/// turns not-assessed placeholders into missing values, cross-checks files that hold the same edition, and validates
/// everything. Nothing is returned unless the whole input is clean: all problems are reported together.
/// </summary>
public static class Importer
{
    /// <summary>Imports files and folders (folders: every *.csv below them, in ordinal order).</summary>
    /// <param name="inputs">Files or folders, in priority order: for an edition found in several files the first UN export wins and the others are cross-checked.</param>
    /// <param name="baseline">A dataset to build on (its countries, aliases and the editions the inputs do not hold), or <c>null</c> to build from the inputs alone.</param>
    /// <exception cref="DataValidationException">Any input breaks a rule.</exception>
    public static ImportResult Import(IReadOnlyList<string> inputs, SurveyDataset? baseline)
    {
        var problems = new List<ValidationProblem>();
        var notes = new List<string>();
        var files = ReadInputs(inputs, problems);
        var shortNames = ShortNames(files.Select(f => f.Path));
        string Short(string path) => shortNames.GetValueOrDefault(path) ?? Path.GetFileName(path);

        var countries = BuildCountries(files, baseline, problems);
        var iso3s = countries.Select(c => c.Iso3).ToHashSet(StringComparer.Ordinal);
        var book = BuildAliases(files, baseline, countries, iso3s, problems);
        var resolved = ResolveRows(files, book, iso3s, problems, notes, Short);
        var (records, sources) = MergeEditions(files, resolved, problems, notes, Short);

        if (baseline is not null)
        {
            var imported = records.Select(r => r.Value.Edition).ToHashSet();
            var kept = baseline.Records.Where(r => !imported.Contains(r.Edition)).ToList();
            records.AddRange(kept.Select((r, i) => new Located<EditionRecord>(r, "(baseline) " + CanonicalFormat.EgdiFile, i + 2)));
            sources.AddRange(baseline.Sources.Where(s => !imported.Contains(s.Edition)));
            if (kept.Count > 0)
                notes.Add($"kept editions {string.Join(", ", kept.Select(r => r.Edition).Distinct())} from the existing dataset");
        }
        if (records.Count == 0 && problems.Count == 0)
            problems.Add(new ValidationProblem(string.Join(", ", inputs), 0, 0, "", "", ValidationRule.MissingInput, "no edition data in the inputs (expected UN exports or UNU-EGOV egdi files)"));
        var rejected = problems.Select(p => p.File).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(DatasetRules.Check(records, iso3s, ("E-Government Index", 4), rejected));
        if (problems.Count > 0) throw new DataValidationException(problems);

        var latestName = records.Select(l => l.Value).GroupBy(r => r.Iso3)
            .ToDictionary(g => g.Key, g => g.MaxBy(r => r.Edition)!.CountryName, StringComparer.Ordinal);
        var finalCountries = countries.Select(c => c with { Name = latestName.GetValueOrDefault(c.Iso3, c.Name) }).OrderBy(c => c.Iso3, StringComparer.Ordinal).ToList();
        var finalRecords = records.Select(l => l.Value).OrderBy(r => r.Edition).ThenBy(r => r.Iso3, StringComparer.Ordinal).ToList();
        var dataset = new SurveyDataset(finalRecords, finalCountries, book.ToAliases(), sources.OrderBy(s => s.Edition).ToList());
        return new ImportResult(dataset, notes);
    }

    /// <summary>Each file's path relative to the deepest folder holding all inputs, with '/' separators: stable across machines.</summary>
    private static Dictionary<string, string> ShortNames(IEnumerable<string> paths)
    {
        var list = paths.ToList();
        var full = list.Select(Path.GetFullPath).ToList();
        var root = full.Count == 0 ? "" : Path.GetDirectoryName(full[0]) ?? "";
        while (root.Length > 0 && !full.All(f => f.StartsWith(root.TrimEnd('/') + "/", StringComparison.Ordinal)))
            root = Path.GetDirectoryName(root) ?? "";
        return list.Zip(full).ToDictionary(p => p.First, p => Path.GetRelativePath(root.Length > 0 ? root : "/", p.Second).Replace('\\', '/'), StringComparer.Ordinal);
    }

    private static List<RawFile> ReadInputs(IReadOnlyList<string> inputs, List<ValidationProblem> problems)
    {
        var paths = new List<string>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
                paths.AddRange(Directory.EnumerateFiles(input, "*.csv", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            else if (File.Exists(input))
                paths.Add(input);
            else
                problems.Add(new ValidationProblem(input, 0, 0, "", "", ValidationRule.MissingInput, "no such file or folder"));
        }
        return paths.Distinct(StringComparer.Ordinal).Select(p => RawFileReader.Read(p, problems)).OfType<RawFile>().ToList();
    }

    private static List<Country> BuildCountries(List<RawFile> files, SurveyDataset? baseline, List<ValidationProblem> problems)
    {
        var located = files.SelectMany(f => f.Countries).ToList();
        if (located.Count == 0)
        {
            if (baseline is not null) return baseline.Countries.ToList();
            problems.Add(new ValidationProblem("(inputs)", 0, 0, "", "", ValidationRule.MissingInput,
                "no countries table: give UNU-EGOV's countries-data.csv among the inputs, or import onto an existing dataset"));
            return [];
        }
        var countries = new Dictionary<string, Located<Country>>(StringComparer.Ordinal);
        foreach (var c in located)
        {
            if (!countries.TryGetValue(c.Value.Iso3, out var first)) { countries.Add(c.Value.Iso3, c); continue; }
            if (first.File == c.File)
                problems.Add(new ValidationProblem(c.File, c.Line, 1, "country-code", c.Value.Iso3, ValidationRule.DuplicateRow, $"the country already appears on line {first.Line}"));
            else if (first.Value with { Name = "" } != c.Value with { Name = "" })
                problems.Add(new ValidationProblem(c.File, c.Line, 0, "", c.Value.Iso3, ValidationRule.SourcesDisagree, $"the classification differs from {first.File}:{first.Line}"));
        }
        return countries.Values.Select(c => c.Value).ToList();
    }

    private static AliasBook BuildAliases(List<RawFile> files, SurveyDataset? baseline, List<Country> countries, HashSet<string> iso3s, List<ValidationProblem> problems)
    {
        var book = new AliasBook();
        foreach (var alias in baseline?.Aliases ?? []) book.Add(alias.Alias, alias.Iso3, alias.SeenIn);
        foreach (var evidence in files.SelectMany(f => f.Names))
        {
            if (!iso3s.Contains(evidence.Iso3))
            {
                if (countries.Count > 0)
                    problems.Add(new ValidationProblem(evidence.File, evidence.Line, 0, "", evidence.Iso3, ValidationRule.UnknownIso3,
                        $"the ISO3 code given for '{evidence.Name}' is not in the countries table"));
                continue;
            }
            if (book.Add(evidence.Name, evidence.Iso3, evidence.SeenIn) is { } other)
                problems.Add(new ValidationProblem(evidence.File, evidence.Line, 0, "", evidence.Name, ValidationRule.ConflictingAlias,
                    $"the name is given as {evidence.Iso3} here but means {other} elsewhere"));
        }
        return book;
    }

    private static List<(RawEditionRow Row, string Iso3)> ResolveRows(List<RawFile> files, AliasBook book, HashSet<string> iso3s, List<ValidationProblem> problems, List<string> notes, Func<string, string> Short)
    {
        var resolved = new List<(RawEditionRow Row, string Iso3)>();
        var pending = new List<RawEditionRow>();
        foreach (var row in files.SelectMany(f => f.Rows))
        {
            var iso3 = row.Iso3 ?? book.Resolve(row.Name);
            if (iso3 is null) pending.Add(row);
            else if (iso3s.Contains(iso3)) resolved.Add((row, iso3));
        }

        // A name no source spells alike is linked to the one resolved row of the same edition with identical values.
        foreach (var row in pending.Where(r => book.Resolve(r.Name) is null && r.Egdi is > 0m))
        {
            var matches = resolved.Where(r => r.Row.Edition == row.Edition && SameValues(r.Row, row)).Select(r => r.Iso3).Distinct().ToList();
            if (matches.Count != 1) continue;
            var partner = resolved.First(r => r.Iso3 == matches[0] && r.Row.Edition == row.Edition && SameValues(r.Row, row)).Row;
            book.Add(row.Name, matches[0], $"{RawFormats.Label(row.Format)} (linked by identical {row.Edition} values)");
            notes.Add($"linked '{row.Name}' to {matches[0]}: its {row.Edition} values in {Short(row.File)} equal those of '{partner.Name}' in {Short(partner.File)}");
        }
        foreach (var row in pending)
        {
            if (book.Resolve(row.Name) is { } iso3) { resolved.Add((row, iso3)); continue; }
            var suggestions = book.Suggest(row.Name);
            problems.Add(new ValidationProblem(row.File, row.Line, 2, row.Format == RawFormat.UnExport ? "Country Name" : "country-name", row.Name,
                ValidationRule.UnknownCountry,
                "unknown country name" + (suggestions.Count > 0 ? $"; close matches: {string.Join(", ", suggestions)}" : "") +
                $"; add the spelling to {CanonicalFormat.AliasesFile} if it is a new name"));
        }
        foreach (var (row, iso3) in resolved.Where(r => r.Row.Format == RawFormat.UnExport))
            book.Add(row.Name, iso3, RawFormats.Label(row.Format));
        return resolved;
    }

    private static (List<Located<EditionRecord>> Records, List<EditionSource> Sources) MergeEditions(
        List<RawFile> files, List<(RawEditionRow Row, string Iso3)> resolved, List<ValidationProblem> problems, List<string> notes, Func<string, string> Short)
    {
        var records = new List<Located<EditionRecord>>();
        var sources = new List<EditionSource>();
        var fileOrder = files.Select((f, i) => (f.Path, i)).ToDictionary(x => x.Path, x => x.i, StringComparer.Ordinal);
        foreach (var edition in resolved.GroupBy(r => r.Row.Edition).OrderBy(g => g.Key))
        {
            // The primary file of an edition: the first UN export holding it, else the first file.
            var byFile = edition.GroupBy(r => r.Row.File)
                .OrderBy(g => g.First().Row.Format == RawFormat.UnExport ? 0 : 1).ThenBy(g => fileOrder[g.Key]).ToList();
            var primary = byFile[0];
            var chosen = new Dictionary<string, (RawEditionRow Row, EditionRecord Record)>(StringComparer.Ordinal);
            foreach (var (row, iso3) in primary)
            {
                if (chosen.TryGetValue(iso3, out var first))
                {
                    problems.Add(new ValidationProblem(row.File, row.Line, 2, "", row.Name, ValidationRule.DuplicateRow,
                        $"edition {row.Edition} already has {iso3} on line {first.Row.Line} ('{first.Row.Name}')"));
                    continue;
                }
                var record = row.ToRecord(iso3);
                chosen.Add(iso3, (row, record));
                records.Add(new Located<EditionRecord>(record, row.File, row.Line));
            }
            foreach (var other in byFile.Skip(1))
            {
                var seen = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var (row, iso3) in other)
                {
                    if (seen.TryGetValue(iso3, out var firstLine))
                    {
                        problems.Add(new ValidationProblem(row.File, row.Line, 2, "", row.Name, ValidationRule.DuplicateRow,
                            $"edition {row.Edition} already has {iso3} on line {firstLine}"));
                        continue;
                    }
                    seen.Add(iso3, row.Line);
                    if (!chosen.TryGetValue(iso3, out var main))
                    {
                        problems.Add(new ValidationProblem(row.File, row.Line, 2, "", row.Name, ValidationRule.SourcesDisagree,
                            $"{iso3} is in this file's edition {row.Edition} but not in {primary.Key}"));
                        continue;
                    }
                    if (Disagreement(main.Record, row.ToRecord(iso3)) is { } what)
                        problems.Add(new ValidationProblem(row.File, row.Line, what.Column, "", row.Name, ValidationRule.SourcesDisagree,
                            $"{what.Text} differs from {main.Row.File}:{main.Row.Line}"));
                }
            }
            var checkedFiles = byFile.Skip(1).Select(g => Short(g.Key)).ToList();
            sources.Add(new EditionSource(edition.Key, Short(primary.Key), checkedFiles));
            if (checkedFiles.Count > 0)
                notes.Add($"edition {edition.Key}: taken from {Short(primary.Key)}, cross-checked against {string.Join(", ", checkedFiles)}");
        }
        return (records, sources);
    }

    /// <summary>
    /// Names the first value on which two records of the same country and edition disagree, comparing at their common
    /// precision, with its column (the same in both input formats: rank 3, EGDI 4, EPI 5, OSI 6, HCI 7, TII 8).
    /// </summary>
    private static (int Column, string Text)? Disagreement(EditionRecord a, EditionRecord b)
    {
        foreach (var (index, column) in new[] { (SurveyIndex.Egdi, 4), (SurveyIndex.Epi, 5), (SurveyIndex.Osi, 6), (SurveyIndex.Hci, 7), (SurveyIndex.Tii, 8) })
            if (!SameAtCommonPrecision(a.Value(index), b.Value(index)))
                return (column, $"{index.ToString().ToUpperInvariant()} ({Text(a.Value(index))} vs {Text(b.Value(index))})");
        return a.EgdiRank == b.EgdiRank ? null : (3, $"the EGDI rank ({a.EgdiRank} vs {b.EgdiRank})");

        static string Text(decimal? v) => v?.ToString(CultureInfo.InvariantCulture) ?? "missing";
    }

    private static bool SameValues(RawEditionRow a, RawEditionRow b) =>
        a.Indices.Zip(b.Indices).All(p => SameAtCommonPrecision(p.First, p.Second));

    private static bool SameAtCommonPrecision(decimal? a, decimal? b)
    {
        if (a is null || b is null) return a is null && b is null;
        var digits = Math.Min(a.Value.Scale, b.Value.Scale);
        return decimal.Round(a.Value, digits, MidpointRounding.AwayFromZero) == decimal.Round(b.Value, digits, MidpointRounding.AwayFromZero);
    }
}
