using System.Globalization;

namespace EGov.Data.Import;

/// <summary>
/// Builds a canonical <see cref="SurveyDataset"/> from input files: reads every file (regular files only, within
/// <see cref="ImportLimits"/>), resolves names to ISO3 codes, turns not-assessed placeholders into missing values where a
/// whole row says so, cross-checks files that hold the same edition (and the baseline's copy of an edition), checks ranks
/// against the EGDI order, validates everything and derives the <see cref="QualityFlag"/>s. Nothing is returned unless
/// the whole input is clean: all problems are reported together (the first ones of each rule, every one counted).
/// </summary>
public static class Importer
{
    /// <summary>Imports files and folders with the default options (see <see cref="Import(IReadOnlyList{string}, SurveyDataset?, ImportOptions)"/>).</summary>
    /// <exception cref="DataValidationException">Any input breaks a rule.</exception>
    public static ImportResult Import(IReadOnlyList<string> inputs, SurveyDataset? baseline) => Import(inputs, baseline, ImportOptions.Default);

    /// <summary>Imports files and folders (folders: every *.csv below them, in ordinal order).</summary>
    /// <param name="inputs">Files or folders, in priority order: for an edition found in several files the first UN export wins and the others are cross-checked.</param>
    /// <param name="baseline">A dataset to build on (its countries, aliases and the editions the inputs do not hold), or <c>null</c> to build from the inputs alone.</param>
    /// <param name="options">Whether editions of the baseline may be replaced, and the limits.</param>
    /// <exception cref="DataValidationException">Any input breaks a rule.</exception>
    public static ImportResult Import(IReadOnlyList<string> inputs, SurveyDataset? baseline, ImportOptions options)
    {
        var limits = options.Limits ?? ImportLimits.Default;
        var problems = new ProblemList(limits.KeptProblemsPerRule);
        var notes = new List<string>();
        var files = ReadInputs(inputs, problems, limits);
        var shortNames = ShortNames(files.Select(f => f.Path));
        string Short(string path) => shortNames.GetValueOrDefault(path) ?? Path.GetFileName(path);

        files = files.Select(f => MarkNotAssessed(f, problems)).ToList();
        var countries = WithM49(BuildCountries(files, baseline, problems), files, baseline, problems);
        var iso3s = countries.Select(c => c.Iso3).ToHashSet(StringComparer.Ordinal);
        var book = BuildAliases(files, baseline, countries, iso3s, problems);
        var resolved = ResolveRows(files, book, iso3s, problems, notes, Short, limits);
        var (records, sources) = MergeEditions(files, resolved, problems, notes, Short);

        if (baseline is not null)
        {
            var imported = records.Select(r => r.Value.Edition).ToHashSet();
            CheckAgainstBaseline(records, baseline, imported, options.ReplaceEditions, problems, notes);
            var kept = baseline.Records.Where(r => !imported.Contains(r.Edition)).ToList();
            records.AddRange(kept.Select((r, i) => new Located<EditionRecord>(r, "(baseline) " + CanonicalFormat.EgdiFile, i + 2)));
            sources.AddRange(baseline.Sources.Where(s => !imported.Contains(s.Edition)));
            if (kept.Count > 0)
                notes.Add($"kept editions {string.Join(", ", kept.Select(r => r.Edition).Distinct())} from the existing dataset");
        }
        if (records.Count == 0 && problems.Count == 0)
            problems.Add(new ValidationProblem(string.Join(", ", inputs), 0, 0, "", "", ValidationRule.MissingInput, "no edition data in the inputs (expected UN exports or UNU-EGOV egdi files)"));
        problems.AddRange(DatasetRules.Check(records, iso3s, ("E-Government Index", 4), problems.Files, ("E-Government Rank", 3)));
        problems.ThrowIfAny();

        var latestName = records.Select(l => l.Value).GroupBy(r => r.Iso3)
            .ToDictionary(g => g.Key, g => g.MaxBy(r => r.Edition)!.CountryName, StringComparer.Ordinal);
        var finalCountries = countries.Select(c => c with { Name = latestName.GetValueOrDefault(c.Iso3, c.Name) }).OrderBy(c => c.Iso3, StringComparer.Ordinal).ToList();
        var finalRecords = records.Select(l => l.Value).OrderBy(r => r.Edition).ThenBy(r => r.Iso3, StringComparer.Ordinal).ToList();
        var dataset = new SurveyDataset(finalRecords, finalCountries, book.ToAliases(), sources.OrderBy(s => s.Edition).ToList())
        {
            QualityFlags = QualityRules.Derive(finalRecords),
        };
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

    private static List<RawFile> ReadInputs(IReadOnlyList<string> inputs, ProblemList problems, ImportLimits limits)
    {
        var paths = new List<string>();
        foreach (var input in inputs)
        {
            if (Directory.Exists(input))
            {
                try
                {
                    var options = new EnumerationOptions
                    {
                        RecurseSubdirectories = true, IgnoreInaccessible = false, MaxRecursionDepth = 16,
                        MatchCasing = MatchCasing.CaseSensitive, AttributesToSkip = FileAttributes.Hidden,
                    };
                    var found = Directory.EnumerateFiles(input, "*.csv", options).Take(limits.MaxFiles + 1).Order(StringComparer.Ordinal).ToList();
                    if (found.Count == 0)
                        problems.Add(new ValidationProblem(input, 0, 0, "", "", ValidationRule.MissingInput, "the folder holds no *.csv file"));
                    paths.AddRange(found);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    problems.Add(new ValidationProblem(input, 0, 0, "", "", ValidationRule.CannotRead, "cannot read the folder: " + e.Message));
                }
            }
            else if (Path.Exists(input) || new FileInfo(input).LinkTarget is not null) // a dangling link or a link loop: reading it says why
                paths.Add(input);
            else
                problems.Add(new ValidationProblem(input, 0, 0, "", "", ValidationRule.MissingInput, "no such file or folder"));
        }
        paths = paths.Distinct(StringComparer.Ordinal).ToList();
        if (paths.Count > limits.MaxFiles)
        {
            problems.Add(new ValidationProblem(string.Join(", ", inputs), 0, 0, "", paths.Count.ToString(CultureInfo.InvariantCulture), ValidationRule.InputTooLarge,
                $"more than {limits.MaxFiles} input files"));
            return [];
        }
        var files = new List<RawFile>();
        long total = 0;
        foreach (var path in paths)
        {
            var (bytes, rule, reason) = Storage.BoundedFile.Read(path, limits.MaxFileBytes);
            if (bytes is null) { problems.Add(new ValidationProblem(path, 0, 0, "", "", rule, reason)); continue; }
            total += bytes.Length;
            if (total > limits.MaxTotalBytes)
            {
                problems.Add(new ValidationProblem(path, 0, 0, "", "", ValidationRule.InputTooLarge,
                    $"the inputs up to this file hold more than {limits.MaxTotalBytes >> 20} MB, the limit for one import"));
                break;
            }
            if (RawFileReader.Parse(path, bytes, problems, limits) is { } file) files.Add(file);
        }
        return files;
    }

    /// <summary>
    /// Marks the rows that say "not assessed" as a whole (<see cref="NotAssessedRule.Holds"/>), per edition of the file; a
    /// blank EGDI in any other row is a missing value.
    /// </summary>
    private static RawFile MarkNotAssessed(RawFile file, ProblemList problems)
    {
        if (file.Rows.Count == 0) return file;
        var rows = new List<RawEditionRow>(file.Rows.Count);
        foreach (var edition in file.Rows.GroupBy(r => r.Edition))
        {
            var placeholders = edition.Count(r => r.Egdi is null || r.Egdi == 0m);
            var sharedLast = edition.Count() - placeholders + 1;
            foreach (var row in edition)
            {
                var notAssessed = NotAssessedRule.Holds(row.Edition, row.Egdi, row.Osi, row.Hci, row.Rank, sharedLast);
                if (row.Egdi is null && !notAssessed)
                    problems.Add(new ValidationProblem(row.File, row.Line, 4, row.Format == RawFormat.UnExport ? "E-Government Index" : "e-gov-index", "",
                        ValidationRule.MissingValue,
                        NotAssessedRule.Editions.Contains(row.Edition)
                            ? $"EGDI is blank but the row does not say 'not assessed' (that needs the shared last rank {sharedLast} or none, and OSI or HCI 0 or blank)"
                            : $"EGDI is blank; every country has an EGDI in {row.Edition} (blanks and zeros for 'not assessed' were used only in {string.Join(", ", NotAssessedRule.Editions.Order())})"));
                rows.Add(notAssessed ? row with { NotAssessed = true } : row);
            }
        }
        rows.Sort((a, b) => a.Line.CompareTo(b.Line));
        return file with { Rows = rows };
    }

    /// <summary>
    /// An edition the baseline already holds may be imported again only with the same values, unless replacing is allowed:
    /// a published edition is never replaced by mistake (a mislabelled file, an edited copy).
    /// </summary>
    private static void CheckAgainstBaseline(List<Located<EditionRecord>> records, SurveyDataset baseline, HashSet<int> imported, bool replace, ProblemList problems, List<string> notes)
    {
        var old = baseline.Records.Where(r => imported.Contains(r.Edition)).ToDictionary(r => (r.Edition, r.Iso3));
        foreach (var edition in imported.Order().Where(e => baseline.Records.Any(r => r.Edition == e)))
        {
            var changed = records.Where(l => l.Value.Edition == edition)
                .Where(l => !old.TryGetValue((edition, l.Value.Iso3), out var before) || Disagreement(before, l.Value) is not null).ToList();
            var count = records.Count(l => l.Value.Edition == edition);
            var dropped = old.Values.Count(r => r.Edition == edition) - records.Count(l => l.Value.Edition == edition && old.ContainsKey((edition, l.Value.Iso3)));
            if (changed.Count == 0 && dropped == 0) { notes.Add($"edition {edition} is already in the dataset with the same values"); continue; }
            if (replace) { notes.Add($"replaced edition {edition} of the existing dataset ({changed.Count} of {count} rows differ)"); continue; }
            foreach (var l in changed)
            {
                var what = old.TryGetValue((edition, l.Value.Iso3), out var before) ? Disagreement(before, l.Value)!.Value.Text : "a country the dataset does not have";
                problems.Add(new ValidationProblem(l.File, l.Line, 0, "", l.Value.CountryName, ValidationRule.SourcesDisagree,
                    $"edition {edition} is already in the dataset and this row changes it: {what} (existing vs input); give --replace to replace a published edition"));
            }
        }
    }

    private static List<Country> BuildCountries(List<RawFile> files, SurveyDataset? baseline, ProblemList problems)
    {
        var located = files.SelectMany(f => f.Countries).ToList();
        if (located.Count == 0)
        {
            if (baseline is not null) return baseline.Countries.ToList();
            if (problems.Count > 0) return []; // a rejected file may have been the countries table: its problems say why
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

    /// <summary>
    /// The countries with what the UNSD M49 files among the inputs say of them (<see cref="M49Entry"/>): the English file
    /// gives codes and flags and must agree with the countries table on region and sub-region (M49's intermediate region
    /// where it has one, else its sub-region); the Chinese file gives the Chinese names and must agree with the English one
    /// on codes and flags. Without M49 files a baseline's entries are kept.
    /// </summary>
    private static List<Country> WithM49(List<Country> countries, List<RawFile> files, SurveyDataset? baseline, ProblemList problems)
    {
        var rows = files.SelectMany(f => f.M49Rows).ToList();
        if (rows.Count == 0)
        {
            if (baseline is null) return countries;
            var kept = baseline.Countries.ToDictionary(c => c.Iso3, c => c.M49, StringComparer.Ordinal);
            return countries.Select(c => c with { M49 = c.M49 ?? kept.GetValueOrDefault(c.Iso3) }).ToList();
        }
        Dictionary<string, Located<M49Row>> ByIso3(bool chinese)
        {
            var byIso3 = new Dictionary<string, Located<M49Row>>(StringComparer.Ordinal);
            foreach (var row in rows.Where(r => r.Value.Chinese == chinese))
                if (!byIso3.TryAdd(row.Value.Iso3, row))
                    problems.Add(new ValidationProblem(row.File, row.Line, 12, "ISO-alpha3 Code", row.Value.Iso3, ValidationRule.DuplicateRow,
                        $"the country already appears in {byIso3[row.Value.Iso3].File}:{byIso3[row.Value.Iso3].Line}"));
            return byIso3;
        }
        var english = ByIso3(chinese: false);
        var chineseRows = ByIso3(chinese: true);
        if (english.Count == 0)
        {
            var first = rows[0];
            problems.Add(new ValidationProblem(first.File, 0, 0, "", "", ValidationRule.MissingInput,
                "the Chinese M49 file needs the English one (codes, names and flags come from it)"));
            return countries;
        }
        var result = new List<Country>(countries.Count);
        foreach (var country in countries)
        {
            if (!english.TryGetValue(country.Iso3, out var en))
            {
                var file = english.Values.First().File;
                problems.Add(new ValidationProblem(file, 0, 12, "ISO-alpha3 Code", country.Iso3, ValidationRule.MissingValue,
                    $"{country.Name} ({country.Iso3}) of the countries table is not in the M49 file"));
                result.Add(country);
                continue;
            }
            var e = en.Value;
            if (e.RegionName != country.Region)
                problems.Add(new ValidationProblem(en.File, en.Line, 4, "Region Name", e.RegionName, ValidationRule.SourcesDisagree,
                    $"the countries table puts {country.Iso3} in region '{country.Region}'"));
            if (e.SurveySubRegion != country.SubRegion)
                problems.Add(new ValidationProblem(en.File, en.Line, e.IntermediateName.Length > 0 ? 8 : 6, e.IntermediateName.Length > 0 ? "Intermediate Region Name" : "Sub-region Name",
                    e.SurveySubRegion, ValidationRule.SourcesDisagree, $"the countries table puts {country.Iso3} in sub-region '{country.SubRegion}'"));
            var (regionZh, subRegionZh) = ("", "");
            if (chineseRows.Count > 0)
            {
                if (!chineseRows.TryGetValue(country.Iso3, out var zh))
                    problems.Add(new ValidationProblem(chineseRows.Values.First().File, 0, 12, "ISO-alpha3 Code", country.Iso3, ValidationRule.MissingValue,
                        $"{country.Name} ({country.Iso3}) is in the English M49 file but not in the Chinese one"));
                else if (zh.Value with { Chinese = false, RegionName = "", SubRegionName = "", IntermediateName = "" } != e with { RegionName = "", SubRegionName = "", IntermediateName = "" })
                    problems.Add(new ValidationProblem(zh.File, zh.Line, 0, "", country.Iso3, ValidationRule.SourcesDisagree,
                        $"the codes or flags differ from the English M49 file ({en.File}:{en.Line})"));
                else (regionZh, subRegionZh) = (zh.Value.RegionName, zh.Value.SurveySubRegion);
            }
            result.Add(country with
            {
                M49 = new M49Entry(e.Code, e.RegionCode, e.SurveySubRegionCode, e.SubRegionName, e.SubRegionCode, regionZh, subRegionZh,
                    e.LeastDeveloped, e.Landlocked, e.SmallIsland),
            });
        }
        return result;
    }

    private static AliasBook BuildAliases(List<RawFile> files, SurveyDataset? baseline, List<Country> countries, HashSet<string> iso3s, ProblemList problems)
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

    private static List<(RawEditionRow Row, string Iso3)> ResolveRows(List<RawFile> files, AliasBook book, HashSet<string> iso3s, ProblemList problems,
        List<string> notes, Func<string, string> Short, ImportLimits limits)
    {
        var resolved = new List<(RawEditionRow Row, string Iso3)>();
        var pending = new List<RawEditionRow>();
        foreach (var row in files.SelectMany(f => f.Rows))
        {
            var iso3 = row.Iso3 ?? book.Resolve(row.Name);
            if (iso3 is null) pending.Add(row);
            else if (iso3s.Contains(iso3)) resolved.Add((row, iso3));
        }

        // A name no source spells alike is linked to the one resolved row of the same edition with identical values
        // (bounded: a flood of unknown names is reported, not searched).
        var byEdition = resolved.ToLookup(r => r.Row.Edition);
        var tried = 0;
        foreach (var row in pending)
        {
            if (row.Egdi is not > 0m || book.Resolve(row.Name) is not null) continue;
            if (++tried > limits.MaxLinkCandidates) break;
            var candidates = byEdition[row.Edition].Where(r => SameValues(r.Row, row)).ToList();
            var matches = candidates.Select(r => r.Iso3).Distinct().ToList();
            if (matches.Count != 1) continue;
            var partner = candidates[0].Row;
            book.Add(row.Name, matches[0], $"{RawFormats.Label(row.Format)} (linked by identical {row.Edition} values)");
            notes.Add($"linked '{row.Name}' to {matches[0]}: its {row.Edition} values in {Short(row.File)} equal those of '{partner.Name}' in {Short(partner.File)}");
        }
        var suggested = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var row in pending)
        {
            if (book.Resolve(row.Name) is { } iso3) { resolved.Add((row, iso3)); continue; }
            if (!suggested.TryGetValue(row.Name, out var suggestions))
            {
                suggestions = suggested.Count < limits.MaxSuggestions ? book.Suggest(row.Name) : [];
                if (suggested.Count < limits.MaxSuggestions) suggested[row.Name] = suggestions;
            }
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
        List<RawFile> files, List<(RawEditionRow Row, string Iso3)> resolved, ProblemList problems, List<string> notes, Func<string, string> Short)
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
