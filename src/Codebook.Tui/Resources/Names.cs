using System.Globalization;
using Codebook.Core.Model;

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
        _ => Strings.RoleNone,
    };

    /// <summary>"1 passage", "3 passages".</summary>
    public static string Passages(int count) => Format(Plural(count, Strings.PassagesOne, Strings.PassagesMany), count);

    /// <summary>The singular for 1, and in French for 0 too ("0 passage").</summary>
    public static string Plural(int count, string one, string many) =>
        count == 1 || (count == 0 && CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "fr") ? one : many;

    /// <summary>A resource with placeholders, filled in.</summary>
    public static string Format(string resource, params object?[] values) => string.Format(CultureInfo.CurrentCulture, resource, values);
}
