using System.Security.Cryptography;

namespace EGov.Tests.Notebooks;

/// <summary>notebooks/data/EGOV_DATA_2003-excerpt.csv is a byte-for-byte excerpt of a real UN export (notebooks/data/README.md).</summary>
public sealed class ExampleDataTests
{
    private static readonly string Excerpt = Path.Combine(RepositoryPaths.Notebooks, "data", "EGOV_DATA_2003-excerpt.csv");

    [Fact]
    public void The_excerpt_has_the_checksum_its_readme_records()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Notebooks, "data", "README.md"));
        var sha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Excerpt)));
        Assert.Contains($"the excerpt `{sha}`", readme);
        Assert.Equal(37, File.ReadAllLines(Excerpt).Length);
        Assert.StartsWith("Survey Year,Country Name,E-Government Rank,", File.ReadAllText(Excerpt), StringComparison.Ordinal);
    }

    [SkippableFact]
    public void The_excerpt_is_the_first_37_lines_of_the_original_file()
    {
        var original = new[] { Path.Combine(RepositoryPaths.Root, "..", "shared"), Path.Combine(RepositoryPaths.Root, "..", "..", "shared") }
            .Select(s => Path.Combine(s, "data", "raw", "lazarodamasceno-dissertacao", "eda-egdi", "EGOV_DATA_2003.csv"))
            .FirstOrDefault(File.Exists);
        Skip.If(original is null, "the raw-data snapshot (../shared/data/raw) is not on this machine");
        var bytes = File.ReadAllBytes(Excerpt);
        var head = File.ReadAllBytes(original!).Take(bytes.Length).ToArray();
        Assert.Equal(head, bytes);
        Assert.Equal("337392479b73ea8eadc11b0722371645c27ffeee08789e1fe29e449a0135a344", Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(original!))));
    }
}
