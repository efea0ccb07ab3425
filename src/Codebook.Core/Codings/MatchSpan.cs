using Codebook.Core.Errors;
using Codebook.Core.Model;

namespace Codebook.Core.Codings;

/// <summary>The first match of a text, or every match when <c>All</c>, ignoring case and accents, each widened to
/// whole words ("anonym" codes "anonymiser").</summary>
public sealed record MatchSpan(string Text, bool All = false) : SpanChoice
{
    public override IReadOnlyList<TextSpan> Locate(Transcript transcript)
    {
        if (string.IsNullOrWhiteSpace(Text))
        {
            throw new CodebookException(ErrorCode.Usage, "the text to match is empty", "text to match", "give a word or phrase to find");
        }
        var matches = TextMatcher.FindAll(transcript.Text, Text.Trim())
            .Select(span => WordBoundaries.Snap(transcript.Text, span))
            .Distinct();
        var spans = (All ? matches : matches.Take(1)).ToList();
        if (spans.Count == 0)
        {
            throw new CodebookException(ErrorCode.NotFound, $"'{Text}' does not occur in the transcript", transcript.Id,
                new ErrorHint(HintKind.CheckSpelling));
        }
        return spans;
    }
}
