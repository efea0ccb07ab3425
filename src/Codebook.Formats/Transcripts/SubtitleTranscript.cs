using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Codebook.Core.Model;
using Codebook.Core.Text;

namespace Codebook.Formats.Transcripts;

/// <summary>Writes subtitle cues as a transcript, one line per turn (<c>[hh:mm:ss] Name: words</c>), merging
/// consecutive cues of one speaker; a cue without a speaker continues a labelled turn before it.</summary>
internal static partial class SubtitleTranscript
{
    /// <summary>WebVTT voice span: <c>&lt;v Name&gt;</c> or <c>&lt;v.class Name&gt;</c>. No tag holds a '&lt;': scanning
    /// on past one made a line of thousands of unclosed '&lt;' take quadratic time (found by fuzzing).</summary>
    [GeneratedRegex(@"<v(?:\.(?<classes>[^\s<>]*))?[\x20\t]+(?<name>[^<>]+)>", RegexOptions.CultureInvariant)]
    private static partial Regex Voice();

    /// <summary>Any other markup: &lt;c&gt;, &lt;i&gt;, &lt;b&gt;, &lt;font&gt;, inline timestamps.</summary>
    [GeneratedRegex(@"<[^<>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    /// <param name="Prefix">The label the speaker comes from, when a <c>NAME:</c> prefix (which must be accepted like a
    /// text label) gives it.</param>
    /// <param name="Payload">All the cue's words, the prefix included.</param>
    /// <param name="Line">The file line of the cue's first text line.</param>
    private sealed record Cue(TimeSpan Start, string? Speaker, LabelCandidate? Prefix, bool RoleNamesInterviewer, string Words, string Payload, int Line)
    {
        public bool Prefixed => Prefix is not null;
    }

    /// <summary>The transcript text, its turns, and for each of its lines the file line it came from.</summary>
    public static (string Text, List<TurnDraft> Turns, List<int> FileLines) Build(IReadOnlyList<SubtitleCue> cues, FrontMatter frontMatter)
    {
        var labels = new SpeakerLabels(frontMatter.DeclaredLabels);
        var read = cues.Select(cue => Read(cue, labels)).ToList();
        var accepted = labels.Accept(read.Select(c => c.Prefix).OfType<LabelCandidate>().ToList(), read.Count);
        var merged = new List<(Cue First, StringBuilder Words)>();
        foreach (var cue in read)
        {
            var current = cue.Prefixed && !accepted.Contains(Folding.LabelKey(cue.Speaker!))
                ? cue with { Speaker = null, Prefix = null, RoleNamesInterviewer = false, Words = cue.Payload }
                : cue;
            if (current.Words.Length == 0) continue;
            if (merged.Count > 0 && merged[^1].First.Speaker is { } previous
                && (current.Speaker is null || Folding.LabelKey(current.Speaker) == Folding.LabelKey(previous)))
                merged[^1].Words.Append(' ').Append(current.Words);
            else
                merged.Add((current, new StringBuilder(current.Words)));
        }
        return Write(merged);
    }

    private static (string, List<TurnDraft>, List<int>) Write(List<(Cue First, StringBuilder Words)> merged)
    {
        var text = new StringBuilder();
        var turns = new List<TurnDraft>();
        var fileLines = new List<int>();
        foreach (var (first, words) in merged)
        {
            if (text.Length > 0) text.Append('\n');
            int start = text.Length;
            text.Append('[').Append(Timestamps.Format(first.Start)).Append(']');
            if (first.Speaker is not null) text.Append(' ').Append(first.Speaker).Append(':');
            int labelEnd = text.Length;
            text.Append(' ').Append(words);
            int line = turns.Count + 1;
            turns.Add(new TurnDraft(first.Speaker, first.RoleNamesInterviewer, first.Start,
                new TextSpan(start, labelEnd), new TextSpan(labelEnd + 1, text.Length), line, line));
            fileLines.Add(first.Line);
        }
        return (text.ToString(), turns, fileLines);
    }

    /// <summary>A cue's speaker (voice tag, else a <c>NAME:</c> prefix) and its words without markup, on one line.</summary>
    private static Cue Read(SubtitleCue cue, SpeakerLabels labels)
    {
        string payload = string.Join(' ', cue.Payload);
        var voice = Voice().Match(payload);
        string words = Clean(Tag().Replace(payload, ""));
        int line = cue.Line + 1;
        if (voice.Success && LabelSyntax.Voice(Clean(voice.Groups["name"].Value)) is { Name.Length: > 0 } speaker)
        {
            bool interviewer = speaker.Interviewer || voice.Groups["classes"].Value.Split('.').Any(SpeakerNames.IsInterviewerLabel);
            return new Cue(cue.Start, speaker.Name, null, interviewer, words, words, line);
        }

        var label = LabelSyntax.Match(words, 0, words.Length, labels.IsPlausible);
        if (label?.Name is null) return new Cue(cue.Start, null, null, false, words, words, line);
        return new Cue(cue.Start, label.Name, label, label.RoleNamesInterviewer, words[label.End..].Trim(), words, line);
    }

    /// <summary>Entities decoded, whitespace collapsed, and NFC again: a character reference may name a lone
    /// surrogate or a combining mark, which the transcript text must not carry.</summary>
    private static string Clean(string text)
    {
        var decoded = Spaces().Replace(WebUtility.HtmlDecode(text), " ").Trim().ToCharArray();
        for (int i = 0; i < decoded.Length; i++)
        {
            bool paired = char.IsHighSurrogate(decoded[i]) ? i + 1 < decoded.Length && char.IsLowSurrogate(decoded[i + 1])
                : !char.IsLowSurrogate(decoded[i]) || (i > 0 && char.IsHighSurrogate(decoded[i - 1]));
            if (!paired) decoded[i] = '\uFFFD';
        }
        return new string(decoded).Normalize(NormalizationForm.FormC);
    }
}
