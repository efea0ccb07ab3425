using Codebook.Core.Errors;
using Codebook.Core.Ids;
using Codebook.Core.Model;
using Codebook.Core.Ports;
using Codebook.Core.Time;

namespace Codebook.Core.Memos;

/// <summary>Writes memos on the project (its journal), a transcript, a theme or a coding, each one logged change.</summary>
public sealed class MemoService(IProjectStore store, Coder coder, IClock clock)
{
    /// <summary>Adds a memo; <paramref name="targetId"/> is ignored for the project and must exist otherwise.</summary>
    public Memo Add(MemoTarget target, string targetId, string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new CodebookException(ErrorCode.Usage, "the memo is empty", null, "write the memo's text after the options");
        }
        var memo = new Memo
        {
            Target = target,
            TargetId = target switch
            {
                MemoTarget.Project => "",
                MemoTarget.Transcript => store.RequireTranscript(targetId).Id,
                MemoTarget.Theme => store.RequireTheme(targetId).Id,
                MemoTarget.Coding => store.RequireCoding(targetId).Id,
                _ => throw new CodebookException(ErrorCode.Usage, "a framework cell's summary is not a memo: it is written in the framework", null, new ErrorHint(HintKind.WriteFrameworkSummary)),
            },
            Text = text,
            Author = coder.Name,
            CreatedAt = clock.UtcNow,
        };
        var taken = store.Memos().Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        memo.Id = ShortId.New('m', taken.Contains);
        store.Commit(coder.Name, "memo", $"memo {memo.Id} on {Describe(memo)}: \"{Excerpt.Of(text)}\"", changes => changes.Put(memo));
        return memo;
    }

    /// <summary>What a memo is on, as <c>--on</c> says it: "project", "transcript:fr01-nadia", "coding:c7k2m9qxa";
    /// a framework cell's summary as "cell:fr01-nadia/resistance" (case, then theme).</summary>
    public static string Describe(Memo memo) => memo.Target switch
    {
        MemoTarget.Project => "project",
        MemoTarget.FrameworkCell => $"cell:{memo.TargetId}/{memo.ThemeId}",
        _ => $"{memo.Target.ToString().ToLowerInvariant()}:{memo.TargetId}",
    };
}
