using Codebook.Core.Ids;
using Codebook.Core.Model;

namespace Codebook.Benchmarks.Corpus;

/// <summary>Codings by two coders at a given density: <c>ana</c> codes stretches of participants' answers, and
/// <c>luis</c> codes the same transcripts agreeing with her on most spans and themes, as careful coders do.</summary>
internal sealed class CodingPlan(IReadOnlyList<string> themeIds, int seed = 9)
{
    public const string FirstCoder = "ana";
    public const string SecondCoder = "luis";

    private readonly Random _random = new(seed);
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    /// <summary>About <paramref name="count"/> codings on one transcript, a little over half of them by the first coder.</summary>
    public IEnumerable<Coding> For(Transcript transcript, int count)
    {
        var answers = transcript.Turns.Where(t => t.Role == SpeakerRole.Participant && t.Words.Length > 200).ToList();
        if (answers.Count == 0) yield break;
        int first = (count + 1) * 11 / 20;
        for (int i = 0; i < first; i++)
        {
            var span = SpanIn(transcript.Text, answers[_random.Next(answers.Count)].Words);
            var theme = themeIds[_random.Next(themeIds.Count)];
            yield return Make(transcript.Id, FirstCoder, theme, span);
            if (i >= count - first) continue;
            double roll = _random.NextDouble();
            if (roll < 0.6) yield return Make(transcript.Id, SecondCoder, theme, span);
            else if (roll < 0.8) yield return Make(transcript.Id, SecondCoder, themeIds[_random.Next(themeIds.Count)], span);
            else yield return Make(transcript.Id, SecondCoder, theme, SpanIn(transcript.Text, answers[_random.Next(answers.Count)].Words));
        }
    }

    /// <summary>A stretch of 100 to 600 characters of a turn's words, from a word start to a word end.</summary>
    private TextSpan SpanIn(string text, TextSpan words)
    {
        int start = words.Start + _random.Next(Math.Max(1, words.Length / 2));
        while (start > words.Start && !char.IsWhiteSpace(text[start - 1])) start--;
        int end = Math.Min(words.End, start + 100 + _random.Next(500));
        while (end < words.End && !char.IsWhiteSpace(text[end])) end++;
        return new TextSpan(start, end);
    }

    private Coding Make(string transcriptId, string coder, string themeId, TextSpan span) => new()
    {
        Id = ShortId.New('c', id => !_ids.Add(id)),
        TranscriptId = transcriptId,
        ThemeId = themeId,
        Coder = coder,
        Start = span.Start,
        End = span.End,
        CreatedAt = DateTime.UtcNow,
    };
}
