using System.Globalization;

namespace EGov.Data;

/// <summary>The checks that concern a whole dataset rather than one field: shared by the importer and by loading.</summary>
public static class DatasetRules
{
    /// <summary>
    /// Checks located records: known ISO3 codes, no duplicate (edition, ISO3), one row per country of the countries table in every
    /// edition (193 for the real survey), and EGDI equal to the mean
    /// of OSI, HCI and TII within <see cref="EgdiConsistency.ToleranceFor"/>. Returns every problem found.
    /// </summary>
    /// <param name="records">The records with the file and line each came from.</param>
    /// <param name="countries">The ISO3 codes of the countries table.</param>
    /// <param name="egdiColumn">The name and 1-based number of the EGDI column in the records' files, for the reports.</param>
    /// <param name="filesWithRejectedRows">Files some of whose rows were already rejected: their editions' row counts are not checked, since the count would only repeat those problems.</param>
    public static List<ValidationProblem> Check(IReadOnlyList<Located<EditionRecord>> records, IReadOnlySet<string> countries, (string Name, int Number) egdiColumn,
        IReadOnlySet<string>? filesWithRejectedRows = null)
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
                    $"more than the {EgdiConsistency.ToleranceFor(r.Edition)} measured for {r.Edition}"));
        }
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
}
