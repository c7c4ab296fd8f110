namespace EGov.Data.Import;

/// <summary>The exit codes of <c>egov import</c> (documented in docs/reliability.md).</summary>
public static class ExitCodes
{
    /// <summary>Imported and written.</summary>
    public const int Ok = 0;
    /// <summary>The data is invalid; every problem is listed with file, line, column, rule and value. Nothing was written.</summary>
    public const int InvalidData = 1;
    /// <summary>A usage or environment problem: a missing, unreadable or non-regular input, an output that is not a writable folder, a full disk, another import holding the folder. Nothing was written.</summary>
    public const int Environment = 2;
}
