using Codebook.Core.Analysis;
using Codebook.Core.Model;

namespace Codebook.Core.Quotes;

public sealed partial class QuoteSelector
{
    private readonly Dictionary<string, LineStarts> _lines = new(StringComparer.Ordinal);

    private Quote Build(AnalysisScope scope, Transcript transcript, Theme? theme, IReadOnlyList<string> coders, TextSpan span, IReadOnlyList<string> memos)
    {
        if (!_lines.TryGetValue(transcript.Id, out var lines)) _lines[transcript.Id] = lines = new LineStarts(transcript.Text);
        var (first, last) = lines.LinesOf(span);
        var firstTurn = transcript.Turns.FindLastIndex(t => t.Line <= first);
        var lastTurn = transcript.Turns.FindLastIndex(t => t.Line <= last);
        return new Quote(
            transcript,
            scope.CaseOf(transcript),
            theme,
            coders,
            span,
            transcript.Text[span.Start..span.End],
            (first, last),
            firstTurn >= 0 ? transcript.Turns[firstTurn].Timestamp : null,
            lastTurn >= 0 && lastTurn + 1 < transcript.Turns.Count ? transcript.Turns[lastTurn + 1].Timestamp : null,
            memos);
    }
}
