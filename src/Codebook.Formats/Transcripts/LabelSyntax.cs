using System.Text.RegularExpressions;

namespace Codebook.Formats.Transcripts;

/// <summary>The label conventions of transcripts, matched at the start of one line.</summary>
internal static partial class LabelSyntax
{
    /// <summary>Labels are short, so only this much of a line is looked at (long lines stay cheap).</summary>
    private const int Window = 160;

    private const string Time = @"\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?";
    private const string BracketStamp = @"(?<ts>\[(?<tv>" + Time + @")\])";
    private const string Stamp = "(?:" + BracketStamp + "|(?<tv>" + Time + @")(?=[\x20\t]))";
    private const string Colon = @"[\x20\t\u00A0\u202F]?:";

    /// <summary><c>[ts] NAME (ROLE): </c>, <c>Name [ENQ]:</c>, <c>**Name:**</c>, <c>**Name** :</c>, <c>NOM : </c>.</summary>
    [GeneratedRegex("^" + Stamp + @"?[\x20\t]*(?<bold>\*\*)?(?<name>[^\s:*\[\]()<>][^:*\[\]()<>]{0,39}?)" +
        @"(?:[\x20\t]*(?:\((?<role>[^()\n:]{1,40})\)|\[(?<role>[^\[\]\n:]{1,40})\]))?" +
        "(?(bold)(?:" + Colon + @"\*\*|\*\*" + Colon + ")|" + Colon + @")(?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex ColonLabel();

    /// <summary><c>[ts] [Name] text</c>.</summary>
    [GeneratedRegex("^" + Stamp + @"?[\x20\t]*\[(?<name>[^\[\]]{1,40})\](?:" + Colon + @")?(?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex BracketLabel();

    /// <summary><c>[ts] (ENQ): text</c>: a marker in parentheses as the whole label (the colon is required, so that a
    /// line opening with "(rires)" is not taken for one).</summary>
    [GeneratedRegex("^" + Stamp + @"?[\x20\t]*\((?<name>[^()\n:]{1,40})\)" + Colon + @"(?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex ParenthesisLabel();

    /// <summary>A bracketed timestamp alone, for unlabelled timed text (an unbracketed time may just be prose).</summary>
    [GeneratedRegex("^" + BracketStamp + @"(?=\s|$)", RegexOptions.CultureInvariant)]
    private static partial Regex TimestampLabel();

    /// <summary>An em or en dash opening a dialogue line (not a rule of dashes).</summary>
    [GeneratedRegex(@"^[—–][\x20\t\u00A0\u202F]*[^\s—–-]", RegexOptions.CultureInvariant)]
    private static partial Regex DialogueDash();

    /// <summary>The label a line <c>text[start..end)</c> starts with (after its indentation), if any;
    /// <paramref name="plausible"/> says which names may be speakers.</summary>
    public static LabelCandidate? Match(string text, int start, int end, Func<string, bool> plausible)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        int length = Math.Min(end - start, Window);
        if (length == 0) return null;

        foreach (var regex in (Regex[])[ColonLabel(), BracketLabel(), ParenthesisLabel()])
        {
            var match = regex.Match(text, start, length);
            if (!match.Success) continue;
            var candidate = FromMatch(match);
            bool allowed = regex != ParenthesisLabel() || candidate.Name is { } marker && SpeakerNames.IsInterviewerLabel(marker);
            if (allowed && candidate.Name is { } name && !SpeakerNames.IsAnnotation(name) && !SpeakerNames.IsNoteLabel(name) && plausible(name))
                return candidate;
            if (candidate.TimestampOnly() is { } stamp) return stamp;
        }
        var bare = TimestampLabel().Match(text, start, length);
        if (bare.Success && FromMatch(bare).TimestampOnly() is { } timed) return timed;
        if (DialogueDash().Match(text, start, length).Success) return new LabelCandidate(start, start + 1, null, false, null, -1, IsDash: true, TurnForm: true);
        return null;
    }

    private static LabelCandidate FromMatch(Match match)
    {
        var ts = match.Groups["ts"];
        TimeSpan? time = Timestamps.TryParse(match.Groups["tv"].Value, out var parsed) ? parsed : null;
        var role = match.Groups["role"];
        var (name, marked) = match.Groups["name"] is { Success: true } group ? SpeakerNames.SplitMarker(group.Value.Trim()) : (null, false);
        // A timestamp, bold or a (ROLE) show that the line opens a turn, even for a label that occurs once.
        bool turnForm = time is not null || match.Groups["bold"].Success || role.Success;
        return new LabelCandidate(
            match.Index, match.Index + match.Length, name,
            marked || role.Success && SpeakerNames.IsInterviewerLabel(role.Value),
            time, ts.Success && time is not null ? ts.Index + ts.Length : -1, IsDash: false, turnForm);
    }

    /// <summary>A WebVTT voice name read like a text label: "Sonia (ENQ)" and "Sonia Branca enq" are Sonia, the
    /// interviewer.</summary>
    public static (string Name, bool Interviewer) Voice(string voice)
    {
        var match = VoiceRole().Match(voice);
        if (match.Success && match.Groups["name"].Value.Trim() is { Length: > 0 } name)
            return (name, SpeakerNames.IsInterviewerLabel(match.Groups["role"].Value));
        return SpeakerNames.SplitMarker(voice.Trim());
    }

    [GeneratedRegex(@"^(?<name>.*?)[\x20\t]*[(\[](?<role>[^()\[\]]{1,40})[)\]]$", RegexOptions.CultureInvariant)]
    private static partial Regex VoiceRole();
}
