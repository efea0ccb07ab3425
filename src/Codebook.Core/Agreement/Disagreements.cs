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
            throw new CodebookException(ErrorCode.Usage, "disagreements are listed for two coders", "--coders", "e.g. --coders ana,luis");
        }
        var themes = theme is not null ? [theme] : scope.CodedThemes();
        var found = new List<Disagreement>();
        foreach (var transcript in scope.Transcripts)
        {
            foreach (var passage in scope.PassagesOf(transcript))
            {
                foreach (var t in themes)
                {
                    var a = scope.Touching(transcript.Id, scope.Coders[0], t.Id, passage.Span).ToList();
                    var b = scope.Touching(transcript.Id, scope.Coders[1], t.Id, passage.Span).ToList();
                    if ((a.Count > 0) != (b.Count > 0)) found.Add(new Disagreement(Disagreement.IdOf(passage, t), transcript, passage, t, a, b));
                }
            }
        }
        return found;
    }
}
