using Codebook.Core.Errors;
using Codebook.Core.Model;

namespace Codebook.Core.Agreement;

/// <summary>Where two coders disagree by passage: the units that lower percent agreement, κ and α by passage.</summary>
public static class Disagreements
{
    public static IReadOnlyList<Disagreement> Of(AgreementScope scope, Theme? theme = null)
    {
        if (scope.Coders.Count != 2)
        {
            throw new CodebookException(ErrorCode.Usage, "disagreements are listed for two coders", "coders", new ErrorHint(HintKind.CodersExample));
        }
        var themes = theme is not null ? [theme] : scope.CodedThemes();
        var found = new List<Disagreement>();
        foreach (var transcript in scope.Transcripts)
        {
            // Each coder's codings of each theme here, looked up once for all the transcript's passages.
            var theirs = themes.Select(t => (Theme: t, A: scope.CodingsOf(transcript.Id, scope.Coders[0], t.Id),
                B: scope.CodingsOf(transcript.Id, scope.Coders[1], t.Id))).Where(x => x.A.Count + x.B.Count > 0).ToList();
            if (theirs.Count == 0) continue;
            // With its text (read only if a disagreement is found here), since a disagreement is shown with its passage.
            var withText = new Lazy<Transcript>(() => scope.WithText(transcript));
            foreach (var passage in scope.PassagesOf(transcript))
            {
                foreach (var (t, codingsA, codingsB) in theirs)
                {
                    var a = InTextOrder(codingsA.Where(c => c.Span.Overlaps(passage.Span)));
                    var b = InTextOrder(codingsB.Where(c => c.Span.Overlaps(passage.Span)));
                    if ((a.Count > 0) != (b.Count > 0)) found.Add(new Disagreement(Disagreement.IdOf(passage, t), withText.Value, passage, t, a, b));
                }
            }
        }
        return found;
    }

    /// <summary>A coder's codings in a passage as they come in the text, not in the order of their (random) ids.</summary>
    private static List<Coding> InTextOrder(IEnumerable<Coding> codings) => codings.OrderBy(c => c.Start).ThenBy(c => c.End).ToList();
}
