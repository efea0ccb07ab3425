using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Codebook.Core.Model;

namespace Codebook.Formats.Transcripts;

/// <summary>Writes subtitle cues as a transcript, one line per turn (<c>[hh:mm:ss] Name: words</c>), merging
/// consecutive cues of one speaker; a cue without a speaker continues a labelled turn before it.</summary>
internal static partial class SubtitleTranscript
{
    /// <summary>WebVTT voice span: <c>&lt;v Name&gt;</c> or <c>&lt;v.class Name&gt;</c>. No tag holds a '&lt;': scanning
    /// on past one made a line of thousands of unclosed '&lt;' take quadratic time (found by fuzzing).</summary>
    [GeneratedRegex(@"<v(?:\.[^\s<>]*)?[\x20\t]+(?<name>[^<>]+)>", RegexOptions.CultureInvariant)]
    private static partial Regex Voice();

    /// <summary>Any other markup: &lt;c&gt;, &lt;i&gt;, &lt;b&gt;, &lt;font&gt;, inline timestamps.</summary>
    [GeneratedRegex(@"<[^<>]*>", RegexOptions.CultureInvariant)]
    private static partial Regex Tag();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Spaces();

    /// <param name="Prefixed">The speaker comes from a <c>NAME:</c> prefix, which must be accepted like a text label.</param>
    /// <param name="Payload">All the cue's words, the prefix included.</param>
    private sealed record Cue(TimeSpan Start, string? Speaker, bool Prefixed, bool RoleNamesInterviewer, string Words, string Payload);

    public static (string Text, List<TurnDraft> Turns) Build(IReadOnlyList<SubtitleCue> cues, FrontMatter frontMatter)
    {
        var labels = new SpeakerLabels(frontMatter.DeclaredLabels);
        var read = cues.Select(cue => Read(cue, labels)).ToList();
        var accepted = labels.Accept(read.Where(c => c.Prefixed).Select(c => c.Speaker!).ToList(), read.Count);
        var merged = new List<(Cue First, StringBuilder Words)>();
        foreach (var cue in read)
        {
            var current = cue.Prefixed && !accepted.Contains(TextFolding.LabelKey(cue.Speaker!))
                ? cue with { Speaker = null, Prefixed = false, RoleNamesInterviewer = false, Words = cue.Payload }
                : cue;
            if (current.Words.Length == 0) continue;
            if (merged.Count > 0 && merged[^1].First.Speaker is { } previous
                && (current.Speaker is null || TextFolding.LabelKey(current.Speaker) == TextFolding.LabelKey(previous)))
                merged[^1].Words.Append(' ').Append(current.Words);
            else
                merged.Add((current, new StringBuilder(current.Words)));
        }
        return Write(merged);
    }

    private static (string, List<TurnDraft>) Write(List<(Cue First, StringBuilder Words)> merged)
    {
        var text = new StringBuilder();
        var turns = new List<TurnDraft>();
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
        }
        return (text.ToString(), turns);
    }

    /// <summary>A cue's speaker (voice tag, else a <c>NAME:</c> prefix) and its words without markup, on one line.</summary>
    private static Cue Read(SubtitleCue cue, SpeakerLabels labels)
    {
        string payload = string.Join(' ', cue.Payload);
        var voice = Voice().Match(payload);
        string words = Clean(Tag().Replace(payload, ""));
        if (voice.Success && Clean(voice.Groups["name"].Value) is { Length: > 0 } speaker)
            return new Cue(cue.Start, speaker, false, false, words, words);

        var label = LabelSyntax.Match(words, 0, words.Length, labels.IsPlausible);
        if (label?.Name is null) return new Cue(cue.Start, null, false, false, words, words);
        return new Cue(cue.Start, label.Name, true, label.RoleNamesInterviewer, words[label.End..].Trim(), words);
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
