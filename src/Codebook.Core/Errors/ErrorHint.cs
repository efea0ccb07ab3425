namespace Codebook.Core.Errors;

/// <summary>A hint a front end words (<see cref="HintKind"/>), with the ids and names it needs.</summary>
public sealed record ErrorHint(HintKind Kind, params string[] Arguments)
{
    /// <summary>The hint in Core's English, naming no command: what a front end shows when it has no words of its own.</summary>
    public string Text => Kind switch
    {
        HintKind.SnapshotLabelTaken => "choose another label; the codebook's versions are listed by label",
        HintKind.SnapshotUnknown => $"the codebook's versions are listed by label; '{Arguments[0]}' is the live codebook",
        HintKind.CodingsOfTheme => $"the codings of {Arguments[0]} are listed with the theme",
        HintKind.RenameThemeExample => "give the label the theme should have, e.g. \"Resistance\"",
        HintKind.ThemeIdTaken => "choose another id; the codebook lists the themes",
        HintKind.WriteFrameworkSummary => "write it in the framework, in the cell of its case and theme",
        HintKind.AlreadyCoded => "nothing to do; the codings are listed by theme and transcript",
        HintKind.AutoCodeByPassage => "the passages found have no matched words: code whole passages",
        HintKind.TryQueryFirst => "try the query in a search first",
        HintKind.RenameSpeakerExample => "give the name on one line, e.g. \"Sonia Branca\"",
        HintKind.ListSpeakers => $"{DidYouMean(Arguments[0])}the speakers are listed by name",
        HintKind.ListSpeakersOf => $"{DidYouMean(Arguments[1])}the speakers of {Arguments[0]} are listed by name",
        HintKind.BlindQuery => "search words, speakers and case attributes; your own codings are listed by theme; or search openly once every coder has finished",
        HintKind.ListUnplaced => "the unplaced codings are listed apart from the others",
        HintKind.TurnInRange => "give a turn number in that range; the transcript shows its turns",
        HintKind.CheckSpelling => "check the spelling against the transcript",
        HintKind.LinesInRange => "give FIRST-LAST within that range; the transcript shows its line numbers",
        HintKind.LinesWithText => "choose lines with text; the transcript shows its line numbers",
        HintKind.ListTranscripts => "the transcripts are listed with their ids",
        HintKind.ListThemes => "the codebook lists the themes",
        HintKind.ListCases => "the cases are listed with their ids",
        HintKind.ListCodings => "the codings are listed with their ids",
        HintKind.CopyQuoteExactly => "copy the passage from the transcript exactly; the transcript may have been corrected since",
        HintKind.BinsNeedNumbers => $"bins group numbers or dates; if the values of {Arguments[0]} are numbers, give it the type number",
        HintKind.ExportQuotesExample => "choose one or more themes, or a query",
        HintKind.AddSpellings => "add these spellings (or the missing names) to the pseudonym table, or check each place and allow real names",
        HintKind.AddSpelling => $"add that spelling to the pseudonym table, or check the {Arguments[0]} and allow real names",
        HintKind.AddPseudonymExample => "e.g. Verhaegen → Dupont",
        HintKind.RemovePseudonymFirst => $"remove the pseudonym of '{Arguments[0]}' first",
        HintKind.ListPseudonyms => "the pseudonym table lists them",
        HintKind.FrameworkCases => "the framework lists the cases in its first column",
        HintKind.ListDisagreements => "the disagreements of the two coders list those still open",
        HintKind.SetAttributeExample => "e.g. age=41 role=frontline-worker",
        HintKind.NameEqualsValue => "write NAME=VALUE; an attribute is removed on its own",
        HintKind.ValueOrText => $"give a {Arguments[0]}, or make {Arguments[1]} a text attribute",
        HintKind.RenameCaseExample => "give the name the case should have, e.g. \"Nadia B.\"",
        HintKind.NoAttributesYet => "the cases have no attributes yet: set some, or import a table of them",
        HintKind.CorrectValues => $"correct the values of {Arguments[0]} ({Arguments[1]}), then try again",
        HintKind.ImportIntoEmptyProject => $"create an empty project and import {Arguments[0]} into it",
        HintKind.LinkRecording => $"link a recording to {Arguments[0]}, or put 'media: FILE' in its front matter and import it again",
        HintKind.SnapshotLabelExample => $"use any other text than '{Arguments[0]}', e.g. v1",
        HintKind.SplitExample => "name each new theme (id and label) and the codings it takes",
        HintKind.BinsExample => "give the edges in increasing order, e.g. 25,35,50",
        HintKind.InitialsExample => "e.g. DP",
        HintKind.CodersExample => "name two coders or more, e.g. ana and luis",
        HintKind.NameTranscripts => "name the transcripts to compare",
        HintKind.ReimportOrReplace => "give this file another id in its front matter (id: ...), or import it as a replacement if it is the same interview reworked",
        _ => throw new ArgumentOutOfRangeException(nameof(Kind), Kind, null),
    };

    /// <summary>"did you mean 'Sonia B.'? " before a hint, when there are names a typo may have meant.</summary>
    public static string DidYouMean(string names) => names.Length == 0 ? "" : $"did you mean {names}? ";
}
