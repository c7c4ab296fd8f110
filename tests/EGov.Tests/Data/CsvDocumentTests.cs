using System.Text;
using EGov.Data;
using EGov.Data.Csv;

namespace EGov.Tests.Data;

/// <summary>CsvDocument.Parse decodes bytes into a pooled buffer (docs/performance.md): it must read exactly what decoding to a string does.</summary>
public sealed class CsvDocumentTests
{
    [Theory]
    [InlineData("a,b\n1,\"x,y\"\n\n2,z\n")]
    [InlineData("\uFEFFa,b\r\n1,\"x,y\"\r\n\r\n2,z\r\n")]
    [InlineData("a,b\n1,\"x\ny\"\n2,\"é\"\"\"")]
    public void Parsing_bytes_gives_what_parsing_the_decoded_text_gives(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        AssertSameAsDecodedText(bytes);
        Assert.Equal("a", CsvDocument.Parse("f.csv", bytes, ',', new List<ValidationProblem>())!.Header[0]); // byte-order mark dropped
    }

    [Fact]
    public void Parsing_the_canonical_files_gives_what_parsing_their_decoded_text_gives()
    {
        foreach (var name in CanonicalFormat.CsvFiles) AssertSameAsDecodedText(DatasetStore.EmbeddedFiles()[name]);
    }

    [Fact]
    public void Invalid_utf8_is_reported_at_its_line_and_column()
    {
        byte[] bytes = [.. "a,b\n1,x"u8, 0xFF, .. "\n"u8];
        var problems = new List<ValidationProblem>();
        Assert.Null(CsvDocument.Parse("f.csv", bytes, ',', problems));
        var problem = Assert.Single(problems);
        Assert.Equal((ValidationRule.Encoding, 2, 4, "0xFF"), (problem.Rule, problem.Line, problem.Column, problem.Value));
    }

    private static void AssertSameAsDecodedText(byte[] bytes)
    {
        var problems = new List<ValidationProblem>();
        var fromBytes = CsvDocument.Parse("f.csv", bytes, ',', problems)!;
        var fromText = CsvDocument.ParseText("f.csv", CsvDocument.DecodeUtf8("f.csv", bytes, problems)!, ',', problems)!;
        Assert.Empty(problems);
        Assert.Equal(fromText.Header, fromBytes.Header);
        Assert.Equal(fromText.Rows.Select(r => (r.Line, string.Join("\u0001", r.Fields))), fromBytes.Rows.Select(r => (r.Line, string.Join("\u0001", r.Fields))));
    }
}
