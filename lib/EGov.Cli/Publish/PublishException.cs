namespace EGov.Cli.Publish;

/// <summary>Why a collection cannot be published; the message names the file and what to do.</summary>
internal sealed class PublishException(string message) : Exception(message);
