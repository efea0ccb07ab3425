namespace Codebook.Core.Errors;

/// <summary>What went wrong, for callers and tests to act on without reading messages.</summary>
public enum ErrorCode
{
    /// <summary>A transcript file cannot be read: empty, binary, corrupt, or not a supported format.</summary>
    BadTranscript,
    /// <summary>A codebook file has a mistake.</summary>
    BadCodebook,
    /// <summary>The same content is already in the project.</summary>
    AlreadyImported,
    /// <summary>An id is already taken by something else.</summary>
    IdConflict,
    /// <summary>No project was given or found.</summary>
    NoProject,
    /// <summary>A project file is where a new one should be created.</summary>
    ProjectExists,
    /// <summary>The project file cannot be opened: not a Codebook project, damaged, or from a newer Codebook.</summary>
    BadProject,
    /// <summary>Something asked for (a transcript, theme, coding) is not in the project.</summary>
    NotFound,
    /// <summary>A command was given arguments it cannot use.</summary>
    Usage,
    /// <summary>A span to code is empty, outside the transcript, or names no text (a blank line, a missing turn).</summary>
    BadSpan,
    /// <summary>The coder has already coded this span with this theme.</summary>
    AlreadyCoded,
    /// <summary>A theme would end up below itself.</summary>
    ThemeCycle,
    /// <summary>A shortcut key is already another theme's.</summary>
    KeyTaken,
    /// <summary>The search index is held by another Codebook process.</summary>
    IndexInUse,
    /// <summary>A codings file has a mistake: not YAML, a missing or unknown field.</summary>
    BadCodings,
    /// <summary>An export would print a real name of the pseudonym table.</summary>
    RealNameLeft,
    /// <summary>A REFI-QDA file (.qdc, .qdpx) cannot be read: damaged, truncated, unsafe, or not REFI-QDA.</summary>
    BadExchangeFile,
    /// <summary>A whole project can only be brought into a project that is still empty.</summary>
    ProjectNotEmpty,
    /// <summary>The project file is open in another Codebook process.</summary>
    ProjectInUse,
    /// <summary>The project is encrypted and no password was given.</summary>
    PasswordNeeded,
    /// <summary>The password given does not open the encrypted project.</summary>
    WrongPassword,
    /// <summary>A file was given to a command that does not take its kind (a whole project to the codebook's import).</summary>
    WrongKindOfFile,
    /// <summary>A transcript has no recording linked, or its recording's file is missing.</summary>
    NoRecording,
    /// <summary>No program to play recordings was found.</summary>
    NoPlayer,
    /// <summary>The project was opened without its search index, so nothing can be searched.</summary>
    NoSearchIndex,
}
