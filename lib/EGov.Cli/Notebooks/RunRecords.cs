using System.Text.Json;
using System.Text.Json.Serialization;

namespace EGov.Cli.Notebooks;

/// <summary>What happened to a notebook or a cell in a run (written in run-summary.json as "passed", "failed", "timed out", "skipped").</summary>
[JsonConverter(typeof(RunStatusConverter))]
internal enum RunStatus
{
    /// <summary>Every code cell ran without error.</summary>
    Passed,

    /// <summary>A cell failed, or the notebook could not be run.</summary>
    Failed,

    /// <summary>Killed after the run's --timeout.</summary>
    TimedOut,

    /// <summary>A cell not run because an earlier cell failed.</summary>
    Skipped,
}

/// <summary>A compiler diagnostic of a failed cell.</summary>
internal sealed record CellDiagnostic(string Code, int Line, int Column, string Message);

/// <summary>Why a cell failed.</summary>
internal sealed record CellError(string Message, IReadOnlyList<CellDiagnostic> Diagnostics);

/// <summary>One executed (or skipped) code cell.</summary>
internal sealed record CellResult(int Cell, string FirstLine, RunStatus Status, double Seconds, CellError? Error);

/// <summary>One notebook's run.</summary>
internal sealed record NotebookResult(string Notebook, RunStatus Status, double Seconds, string? ExecutedNotebook, IReadOnlyList<CellResult> Cells, string? Error)
{
    /// <summary>The first failed cell, if any.</summary>
    public CellResult? FailedCell => Cells.FirstOrDefault(c => c.Status == RunStatus.Failed);

    /// <summary>Something the reader should know about a run that passed (e.g. a notebook with no code cells).</summary>
    public string? Note { get; init; }

    /// <summary>The size of the executed notebook as written (static images included), in bytes; null when none was written.</summary>
    public long? ExecutedBytes { get; init; }

    /// <summary>True when the outputs came from egov run's execution cache instead of executing (the cells' times are those of the run that stored them).</summary>
    public bool Cached { get; init; }
}

/// <summary>The static images a run added to chart outputs (<c>skipped</c> says why there are none, e.g. no Chromium).</summary>
internal sealed record ImageSummary(int Charts, int Images, double Seconds, string? Skipped);

/// <summary>The whole run, written as run-summary.json.</summary>
internal sealed record RunSummary(DateTimeOffset Started, double Seconds, int Passed, int Failed, IReadOnlyList<NotebookResult> Notebooks)
{
    /// <summary>Chart outputs and the static images added to them.</summary>
    public ImageSummary? StaticImages { get; init; }
}

/// <summary>JSON settings of run-summary.json and the per-notebook result files.</summary>
internal static class RunJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}

/// <summary>Writes <see cref="RunStatus"/> as the words people read ("timed out"), and reads them back.</summary>
internal sealed class RunStatusConverter : JsonConverter<RunStatus>
{
    public static string Text(RunStatus status) => status switch
    {
        RunStatus.Passed => "passed",
        RunStatus.Failed => "failed",
        RunStatus.TimedOut => "timed out",
        RunStatus.Skipped => "skipped",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    public override RunStatus Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetString() switch
        {
            "passed" => RunStatus.Passed,
            "failed" => RunStatus.Failed,
            "timed out" => RunStatus.TimedOut,
            "skipped" => RunStatus.Skipped,
            var other => throw new JsonException($"unknown run status '{other}'"),
        };

    public override void Write(Utf8JsonWriter writer, RunStatus value, JsonSerializerOptions options) => writer.WriteStringValue(Text(value));
}
