using Codebook.Core.Model;

namespace Codebook.Formats.Transcripts;

/// <summary>Splits a text into speaker turns: a line that opens with an accepted label starts a turn, any other line
/// (blank lines included) continues the current one, and text before the first label is an unlabelled turn.</summary>
internal static class TextTurnParser
{
    public static List<TurnDraft> Parse(string text, FrontMatter frontMatter)
    {
        var lines = TextLines.Split(text);
        var labels = new SpeakerLabels(frontMatter.DeclaredLabels);
        var candidates = lines.Select(line => LabelSyntax.Match(text, line.Start, line.End, labels.IsPlausible)).ToList();
        var named = candidates.Select(c => c?.Name).OfType<string>().ToList();
        var accepted = labels.Accept(named, lines.Count(line => !TextLines.IsBlank(text, line)));

        var starts = new List<(int Line, string? Speaker, LabelCandidate Label)>();
        int dashes = 0;
        for (int i = 0; i < lines.Count; i++)
        {
            var label = candidates[i] is { Name: { } name } candidate && !accepted.Contains(TextFolding.LabelKey(name))
                ? candidate.TimestampOnly()
                : candidates[i];
            if (label is not null)
                starts.Add((i, label.IsDash ? DialogueSpeaker(frontMatter.Speakers, dashes++) : label.Name, label));
            else if (starts.Count == 0 && !TextLines.IsBlank(text, lines[i]))
                starts.Add((i, null, Unlabelled(text, lines[i])));
        }

        var turns = new List<TurnDraft>(starts.Count);
        for (int k = 0; k < starts.Count; k++)
        {
            int next = k + 1 < starts.Count ? starts[k + 1].Line : lines.Count;
            turns.Add(Draft(text, lines, starts[k].Line, next, starts[k].Speaker, starts[k].Label));
        }
        return turns;
    }

    /// <summary>A turn over lines <c>[first, next)</c>: its words run from the first character after the label to the
    /// end of its last non-blank line.</summary>
    private static TurnDraft Draft(string text, List<(int Start, int End)> lines, int first, int next, string? speaker, LabelCandidate label)
    {
        int last = next - 1;
        while (last > first && TextLines.IsBlank(text, lines[last])) last--;
        int end = lines[last].End;
        while (end > label.End && char.IsWhiteSpace(text[end - 1])) end--;
        int start = label.End;
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        if (start == end) start = end = label.End;
        return new TurnDraft(speaker, label.RoleNamesInterviewer, label.Timestamp,
            new TextSpan(label.Start, label.End), new TextSpan(start, end), first + 1, last + 1);
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
