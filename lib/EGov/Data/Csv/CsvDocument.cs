using System.Buffers;
using System.Text;
using nietras.SeparatedValues;

namespace EGov.Data.Csv;

/// <summary>
/// A delimited text file read strictly: UTF-8 with or without a byte-order mark, LF or CRLF line ends, RFC 4180 quoting.
/// Records keep their line numbers so that every problem can point at a line and column.
/// </summary>
/// <param name="Path">The file's path as given, used in problem reports.</param>
/// <param name="Header">The first record.</param>
/// <param name="Rows">Every record after the header, blank lines skipped.</param>
internal sealed record CsvDocument(string Path, IReadOnlyList<string> Header, IReadOnlyList<CsvLine> Rows)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes bytes as strict UTF-8 (a leading byte-order mark is dropped), or reports an <see cref="ValidationRule.Encoding"/> problem.</summary>
    public static string? DecodeUtf8(string path, ReadOnlySpan<byte> bytes, ICollection<ValidationProblem> problems)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            var bad = ValidPrefixLength(bytes);
            var lineStart = bytes[..bad].LastIndexOf((byte)'\n') + 1;
            var line = 1 + bytes[..bad].Count((byte)'\n');
            var column = 1 + StrictUtf8.GetCharCount(bytes[lineStart..bad]);
            problems.Add(new ValidationProblem(path, line, column, "", $"0x{bytes[bad]:X2}", ValidationRule.Encoding,
                "the file is not valid UTF-8 here; save it as UTF-8"));
            return null;
        }
    }

    /// <summary>Parses bytes; returns <c>null</c> (with problems added) when they cannot be decoded, hold no header or more than <paramref name="maxRows"/> records.</summary>
    public static CsvDocument? Parse(string path, ReadOnlySpan<byte> bytes, char separator, ICollection<ValidationProblem> problems, int maxRows = int.MaxValue)
    {
        // The same strict decoding as DecodeUtf8, but into a pooled buffer: as a string, the decoded text of egdi.csv lands on
        // the large-object heap on every load, whose budget triggers full garbage collections (docs/performance.md).
        var body = bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes;
        var buffer = ArrayPool<char>.Shared.Rent(StrictUtf8.GetMaxCharCount(body.Length));
        try
        {
            int length;
            try
            {
                length = StrictUtf8.GetChars(body, buffer);
            }
            catch (DecoderFallbackException)
            {
                return DecodeUtf8(path, bytes, problems) is { } text ? ParseText(path, text, separator, problems, maxRows) : null; // reports the problem
            }
            return Parse(path, new CharMemoryReader(buffer.AsMemory(0, length)), separator, problems, maxRows);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    /// <summary>Parses decoded text; returns <c>null</c> (with a problem added) when it holds no header or more than <paramref name="maxRows"/> records.</summary>
    public static CsvDocument? ParseText(string path, string text, char separator, ICollection<ValidationProblem> problems, int maxRows = int.MaxValue) =>
        Parse(path, new StringReader(text), separator, problems, maxRows);

    private static CsvDocument? Parse(string path, TextReader text, char separator, ICollection<ValidationProblem> problems, int maxRows)
    {
        var rows = new List<CsvLine>();
        try
        {
            using var reader = Sep.New(separator)
                .Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true })
                .From(text);
            foreach (var row in reader)
            {
                if (row.ColCount == 1 && row.Span.Trim().IsEmpty) continue; // a blank line
                if (rows.Count > maxRows) // the header plus maxRows records already read
                {
                    problems.Add(new ValidationProblem(path, row.LineNumberFrom, 0, "", "", ValidationRule.InputTooLarge,
                        $"more than {maxRows} rows; an input is limited to {maxRows} (an edition has one row per member state)"));
                    return null;
                }
                var fields = new string[row.ColCount];
                for (var i = 0; i < fields.Length; i++) fields[i] = row[i].ToString();
                rows.Add(new CsvLine(row.LineNumberFrom, fields));
            }
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or ArgumentException or FormatException or InvalidOperationException)
        {
            problems.Add(new ValidationProblem(path, rows.Count > 0 ? rows[^1].Line + 1 : 1, 0, "", "", ValidationRule.WrongFieldCount,
                "the file cannot be read as CSV: " + e.Message));
            return null;
        }
        if (rows.Count == 0)
        {
            problems.Add(new ValidationProblem(path, 1, 0, "", "", ValidationRule.WrongHeader, "the file is empty; expected a header line"));
            return null;
        }
        return new CsvDocument(path, rows[0].Fields, rows.Skip(1).ToList());
    }

    /// <summary>The number of bytes before the first invalid UTF-8 sequence.</summary>
    private static int ValidPrefixLength(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out var bytesRead, out _, replaceInvalidSequences: false);
        return Math.Min(bytesRead, Math.Max(0, bytes.Length - 1));
    }

    /// <summary>Reads characters from memory, as <see cref="StringReader"/> reads them from a string (Sep reads through it).</summary>
    private sealed class CharMemoryReader(ReadOnlyMemory<char> text) : TextReader
    {
        private int position;

        public override int Peek() => position < text.Length ? text.Span[position] : -1;

        public override int Read() => position < text.Length ? text.Span[position++] : -1;

        public override int Read(Span<char> buffer)
        {
            var count = Math.Min(buffer.Length, text.Length - position);
            text.Span.Slice(position, count).CopyTo(buffer);
            position += count;
            return count;
        }

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override string ReadToEnd()
        {
            var rest = text.Span[position..].ToString();
            position = text.Length;
            return rest;
        }
    }
}
