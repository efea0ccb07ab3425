using Codebook.Core.Model;
using Lucene.Net.Search.Highlight;

namespace Codebook.Search.Hits;

/// <summary>A highlighter "formatter" that keeps the offsets of the scored words instead of writing markup,
/// so callers get offsets (for --json and the reader) and draw the marks themselves.</summary>
internal sealed class MatchRecorder : IFormatter
{
    public List<TextSpan> Matches { get; } = [];

    public string HighlightTerm(string originalText, TokenGroup tokenGroup)
    {
        if (tokenGroup.TotalScore > 0) Matches.Add(new TextSpan(tokenGroup.StartOffset, tokenGroup.EndOffset));
        return originalText;
    }
}
