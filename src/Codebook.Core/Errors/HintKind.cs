namespace Codebook.Core.Errors;

/// <summary>What a user can do about an error, named without any front end's words: the command line says which
/// command to run, the terminal UI says it in its language. The arguments each kind takes are listed beside it.</summary>
public enum HintKind
{
    /// <summary>A snapshot of that label exists.</summary>
    SnapshotLabelTaken,
    /// <summary>No snapshot of that label; (the name of the live codebook).</summary>
    SnapshotUnknown,
    /// <summary>(theme): see the theme's codings.</summary>
    CodingsOfTheme,
    /// <summary>A theme's rename needs the new label.</summary>
    RenameThemeExample,
    /// <summary>A theme of that id exists.</summary>
    ThemeIdTaken,
    /// <summary>A framework cell's summary is written in the framework, not as a memo.</summary>
    WriteFrameworkSummary,
    /// <summary>The coder already coded it.</summary>
    AlreadyCoded,
    /// <summary>Passages found without matched words are coded whole passages at a time.</summary>
    AutoCodeByPassage,
    /// <summary>Try a query on its own before coding what it finds.</summary>
    TryQueryFirst,
    /// <summary>A speaker's rename needs one line of text.</summary>
    RenameSpeakerExample,
    /// <summary>(names it may have meant, quoted and joined, or empty): see the project's speakers.</summary>
    ListSpeakers,
    /// <summary>(transcript, names it may have meant, or empty): see the transcript's speakers.</summary>
    ListSpeakersOf,
    /// <summary>Blind coding searches words, speakers and attributes only.</summary>
    BlindQuery,
    /// <summary>See the codings set aside by a re-import.</summary>
    ListUnplaced,
    /// <summary>Give a turn number in range; see the turns.</summary>
    TurnInRange,
    /// <summary>Check the spelling of the text to code.</summary>
    CheckSpelling,
    /// <summary>Give lines in range; see the line numbers.</summary>
    LinesInRange,
    /// <summary>Choose lines that hold text.</summary>
    LinesWithText,
    /// <summary>See the transcripts' ids.</summary>
    ListTranscripts,
    /// <summary>See the themes.</summary>
    ListThemes,
    /// <summary>See the cases.</summary>
    ListCases,
    /// <summary>See the codings.</summary>
    ListCodings,
    /// <summary>Copy a quote from the transcript exactly.</summary>
    CopyQuoteExactly,
    /// <summary>(attribute): bins need a number or date attribute.</summary>
    BinsNeedNumbers,
    /// <summary>Say which quotes to export.</summary>
    ExportQuotesExample,
    /// <summary>Real names left: add the spellings to the pseudonym table, or allow real names.</summary>
    AddSpellings,
    /// <summary>(what was checked): a real name left in it; add the spelling, or allow real names.</summary>
    AddSpelling,
    /// <summary>A pseudonym needs a real name and a replacement.</summary>
    AddPseudonymExample,
    /// <summary>(real name): it has a pseudonym already; remove it first.</summary>
    RemovePseudonymFirst,
    /// <summary>See the pseudonym table.</summary>
    ListPseudonyms,
    /// <summary>See the framework's cases.</summary>
    FrameworkCases,
    /// <summary>See the disagreements still open.</summary>
    ListDisagreements,
    /// <summary>Setting attributes needs NAME=VALUE pairs.</summary>
    SetAttributeExample,
    /// <summary>An attribute is written NAME=VALUE, and removed by its own action.</summary>
    NameEqualsValue,
    /// <summary>(an example of the type, attribute): give a value of the type, or make the attribute text.</summary>
    ValueOrText,
    /// <summary>A case's rename needs the new name.</summary>
    RenameCaseExample,
    /// <summary>The cases have no attributes yet.</summary>
    NoAttributesYet,
    /// <summary>(attribute, an example of the type): correct the values, then try again.</summary>
    CorrectValues,
    /// <summary>(file): a whole project goes into an empty project.</summary>
    ImportIntoEmptyProject,
    /// <summary>(transcript): link a recording to it.</summary>
    LinkRecording,
    /// <summary>(the name of the live codebook): a snapshot's label is any other text.</summary>
    SnapshotLabelExample,
    /// <summary>A split names each new theme and the codings it takes.</summary>
    SplitExample,
    /// <summary>Bins are given by their edges.</summary>
    BinsExample,
    /// <summary>Initials are two letters or more.</summary>
    InitialsExample,
    /// <summary>Agreement compares two coders or more, named.</summary>
    CodersExample,
    /// <summary>Name the transcripts to compare.</summary>
    NameTranscripts,
    /// <summary>A file that looks like another interview takes another id, or replaces the transcript on purpose.</summary>
    ReimportOrReplace,
}
