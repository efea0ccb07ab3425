using Codebook.Core.Errors;

namespace Codebook.Cli.Output;

/// <summary>Core's errors as the command line says them: each hint names the command to run.</summary>
public static class CommandHints
{
    /// <summary>"where: message — hint", the hint naming a command where Core's names what to do, and the place named
    /// by the option or command that gave it where Core names the input.</summary>
    public static string Describe(CodebookException e) => e.Where is null ? Say(e) : $"{Options.GetValueOrDefault(e.Where, e.Where)}: {Say(e)}";

    /// <summary>The inputs Core names in its errors, as the command line takes them.</summary>
    private static readonly Dictionary<string, string> Options = new(StringComparer.Ordinal)
    {
        ["bins"] = "--bins",
        ["coders"] = "--coders",
        ["attribute filter"] = "--where",
        ["citation template"] = "--template",
        ["initials"] = "--initials",
        ["text to match"] = "--match",
        ["blind coding"] = "--blind",
        ["quotes"] = "export quotes",
        ["pseudonymised export"] = "export qdpx --pseudonymise",
    };

    /// <summary>"message — hint", the hint with the command to run when Core gave a kind of hint
    /// (<see cref="CodebookException.Suggestion"/>).</summary>
    public static string Say(CodebookException e) => (e.Suggestion is { } kind ? Text(kind) : e.Hint) is { } hint ? $"{e.Message} — {hint}" : e.Message;

    private static string Text(ErrorHint hint)
    {
        var a = hint.Arguments;
        return hint.Kind switch
        {
            HintKind.SnapshotLabelTaken => "choose another label; 'codebook themes snapshots' lists them",
            HintKind.SnapshotUnknown => $"'codebook themes snapshots' lists them; '{a[0]}' is the live codebook",
            HintKind.CodingsOfTheme => $"'codebook codings --theme {a[0]}' lists them",
            HintKind.RenameThemeExample => "e.g. 'codebook theme rename resistance --label \"Resistance\"'",
            HintKind.ThemeIdTaken => "choose another id; 'codebook themes' lists them",
            HintKind.WriteFrameworkSummary => "codebook framework set CASE THEME TEXT",
            HintKind.AlreadyCoded => "nothing to do; 'codebook codings' lists the codings",
            HintKind.AutoCodeByPassage => "the passages found have no matched words: use --unit passage",
            HintKind.TryQueryFirst => "try the query with 'codebook search' first",
            HintKind.RenameSpeakerExample => "e.g. 'codebook speakers rename \"Sonia B.\" \"Sonia Branca\"'",
            HintKind.ListSpeakers => $"{ErrorHint.DidYouMean(a[0])}'codebook speakers' lists them",
            HintKind.ListSpeakersOf => $"{ErrorHint.DidYouMean(a[1])}'codebook speakers --transcript {a[0]}' lists them",
            HintKind.BlindQuery => "search words, speakers and case attributes; list your own codings with 'codebook codings --theme THEME'; "
                + "or search without --blind once every coder has finished",
            HintKind.ListUnplaced => "'codebook codings --unplaced' lists them",
            HintKind.TurnInRange => "give a turn number in that range; 'codebook show' shows the turns",
            HintKind.CheckSpelling => "check the spelling, or search with 'codebook show'",
            HintKind.LinesInRange => "give FIRST-LAST within that range; 'codebook show' numbers the lines",
            HintKind.LinesWithText => "choose lines with text; 'codebook show' numbers them",
            HintKind.ListTranscripts => "see 'codebook transcripts' for the ids",
            HintKind.ListThemes => "'codebook themes' lists them",
            HintKind.ListCases => "'codebook cases' lists them",
            HintKind.ListCodings => "'codebook codings' lists them",
            HintKind.CopyQuoteExactly => "copy the passage from 'codebook show' exactly; the transcript may have been corrected since",
            HintKind.BinsNeedNumbers => $"bins group numbers or dates; if its values are numbers, say so with 'codebook attribute type {a[0]} number'",
            HintKind.ExportQuotesExample => "e.g. 'codebook export quotes --theme resistance --output quotes.md'",
            HintKind.AddSpellings => "add these spellings (or the missing names) with 'codebook pseudonyms add', or check each place and pass --allow-real-names",
            HintKind.AddSpelling => $"add that spelling with 'codebook pseudonyms add', or check the {a[0]} and pass --allow-real-names",
            HintKind.AddPseudonymExample => "e.g. 'codebook pseudonyms add Verhaegen Dupont'",
            HintKind.RemovePseudonymFirst => $"remove it first with 'codebook pseudonyms remove \"{a[0]}\"'",
            HintKind.ListPseudonyms => "'codebook pseudonyms' lists them",
            HintKind.FrameworkCases => "'codebook framework' lists the cases in its first column",
            HintKind.ListDisagreements => "'codebook disagreements --coders A,B' lists those still open",
            HintKind.SetAttributeExample => "e.g. 'codebook case set nadia age=41 role=frontline-worker'",
            HintKind.NameEqualsValue => "write NAME=VALUE; to remove an attribute use 'codebook case unset CASE NAME'",
            HintKind.ValueOrText => $"give a {a[0]}, or make it text with 'codebook attribute type {a[1]} text'",
            HintKind.RenameCaseExample => "e.g. 'codebook case rename nadia \"Nadia B.\"'",
            HintKind.NoAttributesYet => "the cases have no attributes yet: 'codebook case set' or 'codebook cases import' gives them some",
            HintKind.CorrectValues => $"correct them with 'codebook case set CASE {a[0]}=VALUE' ({a[1]}), then try again",
            HintKind.ImportIntoEmptyProject => $"create an empty project and import into it: codebook init NEW.codebook, then codebook --project NEW.codebook import {a[0]}",
            HintKind.LinkRecording => $"link one with 'codebook media link {a[0]} FILE', or put 'media: FILE' in its front matter and import it again",
            HintKind.SnapshotLabelExample => $"use any other text than '{a[0]}', e.g. --label v1",
            HintKind.SplitExample => "e.g. --into new-id:\"New label\" --codings c1,c2",
            HintKind.BinsExample => "e.g. --bins 25,35,50",
            HintKind.InitialsExample => "e.g. --initials DP",
            HintKind.CodersExample => "e.g. --coders ana,luis",
            HintKind.NameTranscripts => "name the transcripts with --transcripts",
            HintKind.ReimportOrReplace => "give this file another id in its front matter (id: ...), or import it with --replace if it is the same interview reworked",
            _ => hint.Text,
        };
    }
}
