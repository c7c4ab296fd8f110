using EGov.Data;

namespace EGov.Tests.Corpus;

/// <summary>What a rejection must point at.</summary>
internal enum Where
{
    /// <summary>No file problem (an output or lock failure): the message names the path.</summary>
    Message,
    /// <summary>A file (line 0 allowed).</summary>
    File,
    /// <summary>A file and line.</summary>
    Line,
    /// <summary>A file, line and column, with the value.</summary>
    Field,
}

/// <summary>One input file of a case, written into the case's input folder.</summary>
internal sealed record CorpusFile(string Name, byte[] Bytes);

/// <summary>
/// One malformed input: the files, how to run it, and what the rejection must say. Every case is derived from the valid
/// base (<see cref="CorpusBase"/>) by one defect.
/// </summary>
/// <param name="Id">Unique id.</param>
/// <param name="Class">The issue class it belongs to (the rows of the table in docs/reliability.md).</param>
/// <param name="Description">The defect.</param>
/// <param name="Files">Input files (the countries table is added unless <paramref name="Countries"/> is false).</param>
/// <param name="Rule">The rule the rejection must name (null: a failure that is not about a file's content).</param>
/// <param name="Exit">The exit code expected (1 invalid data, 2 usage or environment).</param>
/// <param name="Where">What the problem must locate.</param>
/// <param name="Target">The file the problem must name (default: the last of <paramref name="Files"/>).</param>
internal sealed record CorpusCase(string Id, string Class, string Description, IReadOnlyList<CorpusFile> Files, ValidationRule? Rule, int Exit, Where Where, string? Target = null)
{
    /// <summary>Include the valid countries table as the first input.</summary>
    public bool Countries { get; init; } = true;

    /// <summary>Import --from-scratch (else onto the dataset in the output folder).</summary>
    public bool FromScratch { get; init; } = true;

    /// <summary>The output folder holds the whole published dataset (else the valid base: 2024 only).</summary>
    public bool FullBaseline { get; init; }

    /// <summary>Prepares anything beyond files (pipes, links, a tampered output folder); gets the case's context.</summary>
    public Action<CaseContext>? Setup { get; init; }

    /// <summary>Extra inputs beyond the files (paths), given after them.</summary>
    public Func<CaseContext, IEnumerable<string>>? ExtraInputs { get; init; }

    /// <summary>Replaces the output folder path (e.g. a file, /dev/null).</summary>
    public Func<CaseContext, string>? Output { get; init; }

    /// <summary>Only the inputs given by <see cref="ExtraInputs"/> (not the input folder's files).</summary>
    public bool OnlyExtraInputs { get; init; }

    /// <summary>Run through the real program as a process too (a representative subset).</summary>
    public bool ViaCli { get; init; }

    public override string ToString() => $"{Id} ({Description})";
}

/// <summary>The folders of one case.</summary>
/// <param name="Root">The case's own folder.</param>
/// <param name="Inputs">Where its files are written.</param>
/// <param name="Out">The output folder (holding a previous valid dataset).</param>
internal sealed record CaseContext(string Root, string Inputs, string Out);
