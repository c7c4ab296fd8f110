using System.Globalization;

namespace EGov.Data.Csv;

/// <summary>Parses single fields of a <see cref="CsvDocument"/>, reporting each failure as a <see cref="ValidationProblem"/>.</summary>
public sealed class FieldParser(CsvDocument document, ICollection<ValidationProblem> problems)
{
    private const NumberStyles DecimalStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;

    /// <summary>The problems collected so far.</summary>
    public ICollection<ValidationProblem> Problems => problems;

    /// <summary>Adds a problem located at a field of a row.</summary>
    public void Report(CsvLine row, int index, ValidationRule rule, string message) =>
        problems.Add(new ValidationProblem(document.Path, row.Line, index + 1, ColumnName(index), Field(row, index), rule, message));

    /// <summary>Adds a problem located at a whole row.</summary>
    public void ReportRow(CsvLine row, ValidationRule rule, string message, string value = "") =>
        problems.Add(new ValidationProblem(document.Path, row.Line, 0, "", value, rule, message));

    /// <summary>The header name of a column, or "field N" beyond the header.</summary>
    public string ColumnName(int index) => index < document.Header.Count ? document.Header[index].Trim() : $"field {index + 1}";

    /// <summary>The raw text of a field, or empty when the row is too short.</summary>
    public static string Field(CsvLine row, int index) => index < row.Fields.Count ? row.Fields[index] : "";

    /// <summary>Checks that a row has as many fields as the header; the report points at the first missing or extra field.</summary>
    public bool HasHeaderFieldCount(CsvLine row)
    {
        if (row.Fields.Count == document.Header.Count) return true;
        var index = Math.Min(row.Fields.Count, document.Header.Count);
        problems.Add(new ValidationProblem(document.Path, row.Line, index + 1, ColumnName(index), Field(row, index), ValidationRule.WrongFieldCount,
            $"expected {document.Header.Count} fields as in the header, found {row.Fields.Count}"));
        return false;
    }

    /// <summary>
    /// An index value in [0, <paramref name="maximum"/>] (see <see cref="IndexRanges"/>); blank gives <c>null</c>. A value that is
    /// not a plain decimal number, or lies outside the range, is reported and gives <c>null</c>.
    /// </summary>
    public decimal? Index(CsvLine row, int index, decimal maximum = 1m)
    {
        var text = Field(row, index).Trim();
        if (text.Length == 0) return null;
        if (!decimal.TryParse(text, DecimalStyle, CultureInfo.InvariantCulture, out var value))
        {
            Report(row, index, ValidationRule.UnparseableNumber, "not a decimal number (expected digits with a '.' decimal point)");
            return null;
        }
        if (value < 0m || value > maximum)
        {
            Report(row, index, ValidationRule.IndexOutOfRange, $"an index must lie in [0, {maximum}]");
            return null;
        }
        return value;
    }

    /// <summary>A rank: a positive integer (a float spelling with a zero fraction such as "118.0" is accepted); blank gives <c>null</c>.</summary>
    public int? Rank(CsvLine row, int index)
    {
        var text = Field(row, index).Trim();
        if (text.Length == 0) return null;
        if (decimal.TryParse(text, DecimalStyle, CultureInfo.InvariantCulture, out var value)
            && value == decimal.Truncate(value) && value >= 1m && value <= int.MaxValue)
            return (int)value;
        Report(row, index, ValidationRule.RankNotPositiveInteger, "a rank must be a positive integer");
        return null;
    }

    /// <summary>An edition year: a published edition or a plausible future one.</summary>
    public int? Edition(CsvLine row, int index)
    {
        var text = Field(row, index).Trim();
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && Editions.IsPlausible(year)) return year;
        Report(row, index, ValidationRule.UnknownEdition,
            $"not a survey edition (published: {string.Join(", ", Editions.Published)}; a later one must be an even year)");
        return null;
    }

    /// <summary>A required text field, trimmed; reports <see cref="ValidationRule.MissingValue"/> when blank.</summary>
    public string? Required(CsvLine row, int index)
    {
        var text = Field(row, index).Trim();
        if (text.Length > 0) return text;
        Report(row, index, ValidationRule.MissingValue, "a value is required");
        return null;
    }

    /// <summary>A required ISO3 code: three capital letters (whether the country exists is checked later, against the countries table).</summary>
    public string? Iso3(CsvLine row, int index)
    {
        var text = Required(row, index);
        if (text is null) return null;
        if (text.Length == 3 && text.All(char.IsAsciiLetterUpper)) return text;
        Report(row, index, ValidationRule.UnknownIso3, "an ISO3 code is three capital letters");
        return null;
    }
}
