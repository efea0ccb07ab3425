using System.Globalization;
using Codebook.Core.Errors;
using Codebook.Core.Model;
using Codebook.Core.Search;
using Codebook.Core.Text;

namespace Codebook.Tui.Resources;

/// <summary>The UI's words for the values Core names in English for the command line (review statuses, verdicts,
/// speaker roles) and for counts that take a plural.</summary>
public static class Names
{
    public static string Status(ReviewStatus status) => status switch
    {
        ReviewStatus.Draft => Strings.StatusDraft,
        ReviewStatus.InReview => Strings.StatusInReview,
        _ => Strings.StatusApproved,
    };

    public static string Verdict(CodingVerdict verdict) => verdict switch
    {
        CodingVerdict.Fits => Strings.VerdictFits,
        CodingVerdict.DoesNotFit => Strings.VerdictDoesNotFit,
        _ => Strings.VerdictComment,
    };

    public static string Role(SpeakerRole role) => role switch
    {
        SpeakerRole.Participant => Strings.RoleParticipant,
        SpeakerRole.Interviewer => Strings.RoleInterviewer,
        SpeakerRole.Other => Strings.RoleOther,
        SpeakerRole.Note => Strings.RoleNote,
        _ => Strings.RoleNone,
    };

    /// <summary>"1 passage", "3 passages".</summary>
    public static string Passages(int count) => Count(count, Strings.PassagesOne, Strings.PassagesMany);

    public static string Transcripts(int count) => Count(count, Strings.TranscriptsOne, Strings.TranscriptsMany);

    public static string Codings(int count) => Count(count, Strings.CodingsOne, Strings.CodingsMany);

    /// <summary>A count in the UI's language: the resource <paramref name="one"/> or <paramref name="many"/> (each
    /// with a {0} for the count) as <see cref="Counted.Singular"/> says.</summary>
    public static string Count(long count, string one, string many) => Format(Plural(count, one, many), count);

    /// <summary>The singular for 1, and in French for 0 too ("0 passage").</summary>
    public static string Plural(long count, string one, string many) => Counted.Singular(count, CultureInfo.CurrentUICulture) ? one : many;

    /// <summary>"rebuilt the stale search index", short enough for the status line at 80 columns (the command line
    /// says how much the index holds).</summary>
    public static string IndexRebuilt(IndexCondition why) => Format(Strings.IndexRebuilt, why switch
    {
        IndexCondition.Missing => Strings.IndexMissing,
        IndexCondition.Damaged => Strings.IndexDamaged,
        _ => Strings.IndexStale,
    });

    /// <summary>Why Core refused a change, in the UI's language for the refusals met in normal work; other reasons
    /// (rarer, and worded for the command line) in Core's English.</summary>
    public static string Refusal(CodebookException refusal) => refusal.Code switch
    {
        ErrorCode.AlreadyCoded => Strings.RefusedAlreadyCoded,
        ErrorCode.BadSpan => Strings.RefusedBadSpan,
        ErrorCode.NotFound => Strings.RefusedNotFound,
        ErrorCode.IndexInUse => Strings.RefusedIndexInUse,
        ErrorCode.NoSearchIndex => Strings.NoSearchIndex,
        _ => refusal.Message,
    };

    /// <summary>"where: message — hint", the hint in the UI's language where it has words for its kind (the
    /// <c>Hint</c> resources), else in Core's English; the message itself in Core's English.</summary>
    public static string Describe(CodebookException e)
    {
        var text = e.Where is null ? e.Message : $"{e.Where}: {e.Message}";
        var hint = e.Suggestion is { } kind ? Hint(kind) : e.Hint;
        return hint is null ? text : $"{text} — {hint}";
    }

    private static string Hint(ErrorHint hint) =>
        Strings.ResourceManager.GetString("Hint" + hint.Kind, CultureInfo.CurrentUICulture) is { } resource
            ? Format(resource, hint.Arguments)
            : hint.Text;

    /// <summary>A resource with placeholders, filled in.</summary>
    public static string Format(string resource, params object?[] values) => string.Format(CultureInfo.CurrentCulture, resource, values);
}
