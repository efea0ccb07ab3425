using Codebook.Core.Model;
using Codebook.Core.Text;

namespace Codebook.Formats.Transcripts;

/// <summary>Splits a text into turns: a line that opens with an accepted label starts a speaker's turn, a note line
/// (heading, metadata, bracketed note) starts a note, and any other line (blank lines included) continues the current
/// turn; speech after a note goes on as a new turn of the speaker before it, text that follows a note before anyone
/// speaks belongs to the note, and other text before the first label is an unlabelled turn.</summary>
internal static class TextTurnParser
{
    private enum Kind { Speech, Note }

    private sealed record Start(int Line, string? Speaker, LabelCandidate Label, Kind Kind);

    public static List<TurnDraft> Parse(string text, FrontMatter frontMatter)
    {
        var lines = TextLines.Split(text);
        var strings = lines.Select(line => text[line.Start..line.End]).ToList();
        var labels = new SpeakerLabels(frontMatter.DeclaredLabels);
        var candidates = lines.Select(line => LabelSyntax.Match(text, line.Start, line.End, labels.IsPlausible)).ToList();
        var accepted = labels.Accept(candidates.OfType<LabelCandidate>().ToList(), lines.Count(line => !TextLines.IsBlank(text, line)));
        var counts = candidates.Where(c => c?.Name is not null).GroupBy(c => Folding.LabelKey(c!.Name!))
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        var starts = new List<Start>();
        string? speaker = null;
        bool afterNote = false, speechStarted = false;
        int dashes = 0;
        for (int i = 0; i < lines.Count; i++)
        {
            if (TextLines.IsBlank(text, lines[i])) continue;
            var label = candidates[i] is { Name: { } name } candidate && !accepted.Contains(Folding.LabelKey(name))
                ? candidate.TimestampOnly()
                : candidates[i];
            bool header = !speechStarted || afterNote;

            if (NoteLines.BlockEnd(strings, i) is var blockEnd and >= 0)
            {
                AddNote(starts, i, text, lines[i], afterNote);
                i = blockEnd;
                afterNote = true;
            }
            else if (label is { Name: { } labelled } && !IsMetadataLabel(strings[i], label, counts[Folding.LabelKey(labelled)], header))
            {
                starts.Add(new Start(i, labelled, label, Kind.Speech));
                (speaker, afterNote, speechStarted) = (labelled, false, true);
            }
            else if (label is null or { Name: not null } && (NoteLines.IsNote(strings[i]) || header && NoteLines.IsMetadata(strings[i])))
            {
                AddNote(starts, i, text, lines[i], afterNote);
                afterNote = true;
            }
            else if (label is not null)
            {
                string? said = label.IsDash ? DialogueSpeaker(frontMatter.Speakers, dashes++) : null;
                starts.Add(new Start(i, said, label, Kind.Speech));
                (speaker, afterNote) = (said, false);
                speechStarted |= said is not null;
            }
            else if (afterNote && !speechStarted && accepted.Count > 0)
            {
                // Before anyone speaks, text under a heading or metadata (the interviewer's context notes, a checklist)
                // belongs to the header: the note goes on.
            }
            else if (afterNote || starts.Count == 0)
            {
                // Speech after a note goes on with the speaker before it, as a turn of their own.
                starts.Add(new Start(i, speaker, Unlabelled(text, lines[i]), Kind.Speech));
                afterNote = false;
            }
        }

        var turns = new List<TurnDraft>(starts.Count);
        for (int k = 0; k < starts.Count; k++)
        {
            int next = k + 1 < starts.Count ? starts[k + 1].Line : lines.Count;
            turns.Add(Draft(text, lines, starts[k], next));
        }
        return turns;
    }

    /// <summary>A labelled line that is metadata of a header block (<c>**Fecha:** 12 de marzo</c>) rather than a turn:
    /// its label occurs once, without a timestamp, and is not a bare code such as ENQ or P7.</summary>
    private static bool IsMetadataLabel(string line, LabelCandidate label, int occurrences, bool header) =>
        header && occurrences == 1 && label.Timestamp is null && !IsCode(label.Name!) && NoteLines.IsMetadata(line);

    private static bool IsCode(string name) => name.Length <= 3 && !name.Any(char.IsLower);

    /// <summary>Consecutive note lines (blank lines between them too) make one note.</summary>
    private static void AddNote(List<Start> starts, int line, string text, (int Start, int End) span, bool afterNote)
    {
        if (afterNote && starts is [.., { Kind: Kind.Note }]) return;
        starts.Add(new Start(line, null, Unlabelled(text, span), Kind.Note));
    }

    /// <summary>A turn over lines <c>[first, next)</c>: its words run from the first character after the label to the
    /// end of its last non-blank line.</summary>
    private static TurnDraft Draft(string text, List<(int Start, int End)> lines, Start start, int next)
    {
        var label = start.Label;
        int first = start.Line, last = next - 1;
        while (last > first && TextLines.IsBlank(text, lines[last])) last--;
        int end = lines[last].End;
        while (end > label.End && char.IsWhiteSpace(text[end - 1])) end--;
        int from = label.End;
        while (from < end && char.IsWhiteSpace(text[from])) from++;
        if (from == end) from = end = label.End;
        return new TurnDraft(start.Speaker, label.RoleNamesInterviewer, label.Timestamp,
            new TextSpan(label.Start, label.End), new TextSpan(from, end), first + 1, last + 1, start.Kind == Kind.Note);
    }

    /// <summary>Dialogue lines alternate through the declared speakers; without them the speaker is unknown.</summary>
    private static string? DialogueSpeaker(List<string> speakers, int index) => speakers.Count == 0 ? null : speakers[index % speakers.Count];

    private static LabelCandidate Unlabelled(string text, (int Start, int End) line)
    {
        int start = line.Start;
        while (char.IsWhiteSpace(text[start])) start++;
        return new LabelCandidate(start, start, null, false, null, -1, IsDash: false);
    }
}
