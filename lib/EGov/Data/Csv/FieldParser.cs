using System.Globalization;

namespace EGov.Data.Csv;

/// <summary>
/// Parses single fields of a <see cref="CsvDocument"/> strictly, reporting each failure as a <see cref="ValidationProblem"/>.
/// Every field read is first checked for control and invisible characters (.NET's number parsing accepts a trailing NUL,
/// so numbers are matched character by character, never left to <c>TryParse</c> alone) and for its length.
/// </summary>
internal sealed class FieldParser(CsvDocument document, ICollection<ValidationProblem> problems)
{
    /// <summary>The longest value accepted in any field.</summary>
    public const int MaxFieldLength = 1000;

    /// <summary>The most digits accepted in a number (UNU-EGOV's float spellings have up to 17 significant digits).</summary>
    public const int MaxNumberDigits = 20;

    /// <summary>The longest country name accepted (the longest real spelling has 52 characters).</summary>
    public const int MaxNameLength = 100;

    /// <summary>The problems collected so far.</summary>
    public ICollection<ValidationProblem> Problems => problems;

    /// <summary>Adds a problem located at a field of a row.</summary>
    public void Report(CsvLine row, int index, ValidationRule rule, string message) =>
        problems.Add(new ValidationProblem(document.Path, row.Line, index + 1, ColumnName(index), Field(row, index), rule, message));

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
    /// A field's text with surrounding whitespace removed, or <c>null</c> (reported) when it holds a control or invisible
    /// character or is longer than <see cref="MaxFieldLength"/>.
    /// </summary>
    public string? Text(CsvLine row, int index)
    {
        var raw = Field(row, index);
        if (Printable.FirstUnsafe(raw) is { } c)
        {
            Report(row, index, ValidationRule.ControlCharacter, $"the value holds the control or invisible character {Printable.Code(c)}");
            return null;
        }
        if (raw.Length > MaxFieldLength)
        {
            Report(row, index, ValidationRule.InputTooLarge, $"the value has {raw.Length} characters; at most {MaxFieldLength} are accepted");
            return null;
        }
        return raw.Trim();
    }

    /// <summary>
    /// A value of an index in an edition: in [0, its maximum for the edition] (<see cref="IndexDefinition.MaximumIn"/>; without
    /// an edition, the usual maximum); blank gives <c>null</c>. A value that is not a plain decimal number (digits with an
    /// optional '.' and fraction, at most <see cref="MaxNumberDigits"/> digits), or lies outside the range, is reported and gives <c>null</c>.
    /// </summary>
    public decimal? Index(CsvLine row, int index, SurveyIndex surveyIndex, int? edition)
    {
        var definition = SurveySchema.Of(surveyIndex);
        var maximum = edition is { } e ? definition.MaximumIn(e) : definition.Maximum;
        var text = Text(row, index);
        if (text is null || text.Length == 0) return null;
        if (!IsPlainDecimal(text, out var digits) || !decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            Report(row, index, ValidationRule.UnparseableNumber, "not a decimal number (expected digits with a '.' decimal point)");
            return null;
        }
        if (digits > MaxNumberDigits)
        {
            Report(row, index, ValidationRule.UnparseableNumber, $"the number has {digits} digits; at most {MaxNumberDigits} are accepted");
            return null;
        }
        if (value < 0m || value > maximum)
        {
            Report(row, index, ValidationRule.IndexOutOfRange, $"an index must lie in [0, {maximum}]");
            return null;
        }
        return value;
    }

    /// <summary>A rank: a positive integer of at most six digits (a float spelling with a zero fraction such as "118.0" is accepted); blank gives <c>null</c>.</summary>
    public int? Rank(CsvLine row, int index)
    {
        var text = Text(row, index);
        if (text is null || text.Length == 0) return null;
        var point = text.IndexOf('.');
        var whole = point < 0 ? text : text[..point];
        var fraction = point < 0 ? "" : text[(point + 1)..];
        if (whole.Length is >= 1 and <= 6 && whole.All(char.IsAsciiDigit) && (point < 0 || (fraction.Length is >= 1 and <= 6 && fraction.All(c => c == '0'))))
        {
            var rank = int.Parse(whole, NumberStyles.None, CultureInfo.InvariantCulture);
            if (rank >= 1) return rank;
        }
        Report(row, index, ValidationRule.RankNotPositiveInteger, "a rank must be a positive integer");
        return null;
    }

    /// <summary>An edition year: four digits, a published edition or a plausible future one.</summary>
    public int? Edition(CsvLine row, int index)
    {
        var text = Text(row, index);
        if (text is null) return null;
        if (text.Length == 4 && text.All(char.IsAsciiDigit) && int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture) is var year && SurveySchema.IsPlausibleEdition(year)) return year;
        Report(row, index, ValidationRule.UnknownEdition,
            $"not a survey edition (published: {string.Join(", ", SurveySchema.Editions)}; a later one must be an even year)");
        return null;
    }

    /// <summary>A required text field, trimmed; reports <see cref="ValidationRule.MissingValue"/> when blank.</summary>
    public string? Required(CsvLine row, int index)
    {
        var text = Text(row, index);
        if (text is null) return null;
        if (text.Length > 0) return text;
        Report(row, index, ValidationRule.MissingValue, "a value is required");
        return null;
    }

    /// <summary>
    /// A required country name: starts with a letter and holds only letters, combining marks, spaces and
    /// <c>' ’ ( ) , - . / &amp;</c>, at most <see cref="MaxNameLength"/> characters (so a spreadsheet formula such as
    /// <c>=HYPERLINK(...)</c> or a stray number is never taken for a name).
    /// </summary>
    public string? Name(CsvLine row, int index)
    {
        var text = Required(row, index);
        if (text is null) return null;
        // Composed (NFC), so a name saved decomposed (NFD) is stored and matched as the same spelling.
        if (text.Length <= MaxNameLength && char.IsLetter(text[0]) && text.All(IsNameCharacter)) return LatinComposition.Compose(text);
        Report(row, index, ValidationRule.NotAllowedValue,
            text.Length > MaxNameLength
                ? $"not a country name: {text.Length} characters (at most {MaxNameLength})"
                : "not a country name: a name starts with a letter and holds only letters, spaces and ' ’ ( ) , - . / & (a spreadsheet formula or a number is refused)");
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

    private static bool IsNameCharacter(char c) =>
        char.IsLetter(c) || c == ' ' || "'’(),-./&".Contains(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>Digits with an optional sign and an optional '.' followed by digits; counts the digits.</summary>
    private static bool IsPlainDecimal(string text, out int digits)
    {
        digits = 0;
        var i = text.Length > 0 && (text[0] == '-' || text[0] == '+') ? 1 : 0;
        var before = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i])) { i++; before++; }
        var after = 0;
        if (i < text.Length && text[i] == '.')
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i])) { i++; after++; }
            if (after == 0) return false;
        }
        digits = before + after;
        return i == text.Length && before > 0;
    }
}
