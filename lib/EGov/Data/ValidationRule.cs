namespace EGov.Data;

/// <summary>The rules that input and canonical files are checked against. Each problem names one.</summary>
public enum ValidationRule
{
    /// <summary>The file is not valid UTF-8 text.</summary>
    Encoding,
    /// <summary>The header is not one of the known formats, or not the expected one.</summary>
    WrongHeader,
    /// <summary>A line has a different number of fields than the header.</summary>
    WrongFieldCount,
    /// <summary>A value that must be a number is not one.</summary>
    UnparseableNumber,
    /// <summary>An index value lies outside [0, 1].</summary>
    IndexOutOfRange,
    /// <summary>A rank is not a positive integer.</summary>
    RankNotPositiveInteger,
    /// <summary>An edition year is not a survey edition.</summary>
    UnknownEdition,
    /// <summary>A country name is not in the alias table.</summary>
    UnknownCountry,
    /// <summary>An ISO3 code is not in the countries table.</summary>
    UnknownIso3,
    /// <summary>A required value is empty.</summary>
    MissingValue,
    /// <summary>The same (edition, ISO3) appears twice in one file.</summary>
    DuplicateRow,
    /// <summary>An edition does not have exactly one row per member state.</summary>
    WrongRowCount,
    /// <summary>EGDI differs from the mean of OSI, HCI and TII by more than the edition's measured tolerance.</summary>
    EgdiNotMeanOfComponents,
    /// <summary>Two sources give different values for the same (edition, country).</summary>
    SourcesDisagree,
    /// <summary>A country name means different countries in different places.</summary>
    ConflictingAlias,
    /// <summary>An input needed for the import is missing (for example no countries table).</summary>
    MissingInput,
    /// <summary>A value is not one of those allowed for its column (for example an unknown region).</summary>
    NotAllowedValue,
    /// <summary>The manifest's checksum does not match the file.</summary>
    ChecksumMismatch,
    /// <summary>An input is not a regular file (a device such as /dev/zero, a named pipe, a socket, a folder where a file is expected).</summary>
    NotARegularFile,
    /// <summary>An input exists but cannot be read (permissions, an I/O error, a symbolic link loop).</summary>
    CannotRead,
    /// <summary>An input exceeds a limit: bytes per file or in all, files, rows per file, or characters per value.</summary>
    InputTooLarge,
    /// <summary>A file has a header but no data rows.</summary>
    NoDataRows,
    /// <summary>The edition a file's name gives differs from the edition its rows give.</summary>
    EditionMismatch,
    /// <summary>A rank is larger than the number of countries in its edition.</summary>
    RankOutOfRange,
    /// <summary>A rank does not follow the EGDI order (tied countries may share a place or take consecutive places), or a country that was not assessed has one.</summary>
    RankNotInEgdiOrder,
    /// <summary>A value holds a control character or an invisible formatting character (NUL, a bidirectional override, ...).</summary>
    ControlCharacter,
}
