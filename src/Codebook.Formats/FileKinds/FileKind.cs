namespace Codebook.Formats.FileKinds;

/// <summary>What a file given to an import is, whatever its name says, so that each goes where it belongs and a
/// file given to the wrong command is named for what it is.</summary>
public enum FileKind
{
    /// <summary>A transcript (.txt .md .docx .vtt .srt).</summary>
    Transcript,

    /// <summary>A whole REFI-QDA project (.qdpx).</summary>
    Project,

    /// <summary>A REFI-QDA codebook (.qdc).</summary>
    RefiCodebook,

    /// <summary>A codebook in CSV (Taguette's columns).</summary>
    CsvCodebook,

    /// <summary>A codebook in our Markdown format (headings with {#id} attributes).</summary>
    MarkdownCodebook,

    /// <summary>None of these.</summary>
    Unknown,
}
