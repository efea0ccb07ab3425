using Codebook.Core.Codings;
using Codebook.Core.Errors;
using Codebook.Core.Model;
using Codebook.Core.Ports;
using Codebook.Core.Time;

namespace Codebook.Core.Agreement;

/// <summary>Settles disagreements one at a time, each one logged (undoable) change by the person settling. The
/// decision's spans become both coders' codings of the theme in that passage, so the next agreement counts it as
/// agreed; or, with a consensus coder named, they become that coder's codings there and the two coders' work is kept.</summary>
public sealed class SettleService(IProjectStore store, Coder coder, IClock clock)
{
    public Disagreement Settle(AgreementScope scope, string id, SettleDecision decision, TextSpan? edit = null, string? consensus = null)
    {
        var found = Disagreements.Of(scope).FirstOrDefault(d => d.Id == id)
            ?? throw new CodebookException(ErrorCode.NotFound, $"no disagreement '{id}' between {scope.Coders[0]} and {scope.Coders[1]}", store.Location,
                new ErrorHint(HintKind.ListDisagreements));
        var spans = Spans(found, decision, edit);
        var targets = consensus is not null ? [consensus] : scope.Coders;
        var theirs = store.Codings().Where(c => c.TranscriptId == found.Transcript.Id && c.ThemeId == found.Theme.Id && c.Span.Overlaps(found.Passage.Span)).ToList();
        var summary = $"settled {id} ({scope.Coders[0]} vs {scope.Coders[1]}): {Name(decision)}{(edit is { } e ? $" {e}" : "")}"
            + (consensus is not null ? $" as {consensus}" : "");
        store.Commit(coder.Name, "settle", summary, changes =>
        {
            var made = new List<Coding>();
            foreach (var target in targets)
            {
                var existing = theirs.Where(c => c.Coder == target).ToList();
                foreach (var stale in existing.Where(c => !spans.Contains(c.Span))) changes.RemoveCoding(stale.Id);
                var make = new NewCodings(store.Codings().Concat(made), new Coder(target), clock.UtcNow);
                made.AddRange(spans.Where(s => existing.All(c => c.Span != s)).Select(s => make.For(found.Transcript.Id, found.Theme.Id, s)));
            }
            made.ForEach(changes.Put);
        });
        return found;
    }

    public static string Name(SettleDecision decision) => decision switch
    {
        SettleDecision.KeepA => "keep-a",
        SettleDecision.KeepB => "keep-b",
        SettleDecision.KeepBoth => "keep-both",
        SettleDecision.Drop => "drop",
        _ => "edit",
    };

    private List<TextSpan> Spans(Disagreement found, SettleDecision decision, TextSpan? edit)
    {
        var a = found.CodingsA.Select(c => c.Span);
        var b = found.CodingsB.Select(c => c.Span);
        return decision switch
        {
            SettleDecision.KeepA => a.Distinct().ToList(),
            SettleDecision.KeepB => b.Distinct().ToList(),
            SettleDecision.KeepBoth => a.Concat(b).Distinct().ToList(),
            SettleDecision.Drop => [],
            _ => [Checked(found, edit ?? throw new CodebookException(ErrorCode.Usage, "edit needs a span", "settle", "e.g. settle ID edit 1204:1388"))],
        };
    }

    private TextSpan Checked(Disagreement found, TextSpan span) =>
        span.Length > 0 && span.Start >= 0 && span.End <= found.Transcript.Text.Length && span.Overlaps(found.Passage.Span)
            ? span
            : throw new CodebookException(ErrorCode.BadSpan, $"{span} is not a span of {found.Transcript.Id} touching passage {found.Passage.Span}",
                found.Id, "give START:END offsets within the transcript that overlap the passage");
}
