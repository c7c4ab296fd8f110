using System.Globalization;

namespace EGov.Data;

/// <summary>The checks that concern a whole dataset rather than one field: shared by the importer and by loading.</summary>
internal static class DatasetRules
{
    /// <summary>
    /// Checks located records: known ISO3 codes, no duplicate (edition, ISO3), one row per country of the countries table in every
    /// edition (<see cref="SurveySchema.MemberStates"/> for the real survey), and EGDI equal to the mean
    /// of OSI, HCI and TII within <see cref="EgdiConsistency.ToleranceFor"/>. Returns every problem found.
    /// </summary>
    /// <param name="records">The records with the file and line each came from.</param>
    /// <param name="countries">The ISO3 codes of the countries table.</param>
    /// <param name="egdiColumn">The name and 1-based number of the EGDI column in the records' files, for the reports.</param>
    /// <param name="filesWithRejectedRows">Files some of whose rows were already rejected: their editions' row counts and ranks are not checked, since that would only repeat those problems.</param>
    /// <param name="rankColumn">The name and 1-based number of the rank column, for the reports (default: the canonical rank column).</param>
    public static List<ValidationProblem> Check(IReadOnlyList<Located<EditionRecord>> records, IReadOnlySet<string> countries, (string Name, int Number) egdiColumn,
        IReadOnlySet<string>? filesWithRejectedRows = null, (string Name, int Number)? rankColumn = null)
    {
        var problems = new List<ValidationProblem>();
        var seen = new Dictionary<(int, string), Located<EditionRecord>>();
        foreach (var located in records)
        {
            var r = located.Value;
            if (!countries.Contains(r.Iso3))
                problems.Add(new ValidationProblem(located.File, located.Line, 0, "", r.Iso3, ValidationRule.UnknownIso3,
                    "the ISO3 code is not in the countries table"));
            if (seen.TryGetValue((r.Edition, r.Iso3), out var first))
                problems.Add(new ValidationProblem(located.File, located.Line, 0, "", $"{r.Edition} {r.Iso3}", ValidationRule.DuplicateRow,
                    $"edition {r.Edition} already has a row for {r.Iso3} ({first.File}:{first.Line})"));
            else
                seen.Add((r.Edition, r.Iso3), located);
            if (EgdiConsistency.Deviation(r) is { } deviation && deviation > EgdiConsistency.ToleranceFor(r.Edition))
                problems.Add(new ValidationProblem(located.File, located.Line, egdiColumn.Number, egdiColumn.Name,
                    r.Egdi!.Value.ToString(CultureInfo.InvariantCulture), ValidationRule.EgdiNotMeanOfComponents,
                    $"EGDI differs from the mean of OSI, HCI and TII ({((r.Osi + r.Hci + r.Tii) / 3m)!.Value:0.######}) by {deviation:0.######}, " +
                    $"more than the {EgdiConsistency.ToleranceFor(r.Edition)} measured for {r.Edition}" +
                    (r.Egdi == 0m ? $" (EGDI 0 means 'not assessed' only in {string.Join(", ", NotAssessedRule.Editions.Order())}, in a row with the shared last rank or none and OSI or HCI 0)" : "")));
        }
        problems.AddRange(CheckRanks(records, rankColumn ?? CanonicalFormat.EgdiColumn(SurveySchema.RankField), filesWithRejectedRows));
        foreach (var edition in records.GroupBy(l => l.Value.Edition))
        {
            var count = edition.Select(l => l.Value.Iso3).Distinct().Count();
            if (count == countries.Count || edition.Any(l => filesWithRejectedRows?.Contains(l.File) == true)) continue;
            var files = string.Join(", ", edition.Select(l => l.File).Distinct());
            problems.Add(new ValidationProblem(files, 0, 0, "", count.ToString(CultureInfo.InvariantCulture), ValidationRule.WrongRowCount,
                $"edition {edition.Key} has {count} countries; every edition lists each of the {countries.Count} countries of the countries table once"));
        }
        return problems;
    }

    /// <summary>
    /// The published ranks against the EGDI order, per edition: an assessed country has a rank, no rank exceeds the number of
    /// countries in the edition, and each rank lies between the competition rank of its EGDI (1 + the number of higher
    /// EGDIs) and that plus the number of other countries tied with it (the UN broke four exact ties in 2020 by one place).
    /// A country that was not assessed has no rank.
    /// </summary>
    private static IEnumerable<ValidationProblem> CheckRanks(IReadOnlyList<Located<EditionRecord>> records, (string Name, int Number) rankColumn, IReadOnlySet<string>? skip)
    {
        foreach (var edition in records.GroupBy(l => l.Value.Edition).OrderBy(g => g.Key))
        {
            if (edition.Any(l => skip?.Contains(l.File) == true)) continue;
            var count = edition.Count();
            var egdis = edition.Where(l => l.Value.Egdi is not null).Select(l => l.Value.Egdi!.Value).Order().ToArray();
            foreach (var located in edition)
            {
                var r = located.Value;
                ValidationProblem Problem(ValidationRule rule, string message) => new(located.File, located.Line, rankColumn.Number, rankColumn.Name,
                    r.EgdiRank?.ToString(CultureInfo.InvariantCulture) ?? "", rule, message);
                if (r.Egdi is not { } egdi)
                {
                    if (r.EgdiRank is not null) yield return Problem(ValidationRule.RankNotInEgdiOrder, "a country that was not assessed has no rank");
                    continue;
                }
                if (r.EgdiRank is not { } rank)
                {
                    yield return Problem(ValidationRule.MissingValue, $"an assessed country (EGDI {egdi.ToString(CultureInfo.InvariantCulture)}) needs its published rank");
                    continue;
                }
                if (rank > count)
                {
                    yield return Problem(ValidationRule.RankOutOfRange, $"edition {r.Edition} has {count} countries, so a rank lies in 1-{count}");
                    continue;
                }
                var higher = egdis.Length - UpperBound(egdis, egdi);
                var tied = UpperBound(egdis, egdi) - LowerBound(egdis, egdi);
                var lowest = higher + 1;
                var highest = higher + tied;
                if (rank < lowest || rank > highest)
                    yield return Problem(ValidationRule.RankNotInEgdiOrder,
                        $"EGDI {egdi.ToString(CultureInfo.InvariantCulture)} places the country at rank {(lowest == highest ? lowest.ToString(CultureInfo.InvariantCulture) : $"{lowest}-{highest} (tied with {tied - 1} other{(tied == 2 ? "" : "s")})")} of {count}");
            }
        }
    }

    private static int LowerBound(decimal[] sorted, decimal value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi) { var mid = (lo + hi) / 2; if (sorted[mid] < value) lo = mid + 1; else hi = mid; }
        return lo;
    }

    private static int UpperBound(decimal[] sorted, decimal value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi) { var mid = (lo + hi) / 2; if (sorted[mid] <= value) lo = mid + 1; else hi = mid; }
        return lo;
    }
}
