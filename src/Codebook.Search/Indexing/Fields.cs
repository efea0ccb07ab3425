namespace Codebook.Search.Indexing;

/// <summary>Field names of a passage document. Lower-case names are for queries; names starting with '_' are
/// stored values for results and are not meant to be queried.</summary>
public static class Fields
{
    /// <summary>Folded words of every passage, whatever its language (also stored: the passage's text).</summary>
    public const string Text = "text";
    public const string TextFrench = "text_fr";
    public const string TextSpanish = "text_es";

    public const string Transcript = "transcript";
    public const string Case = "case";
    public const string Language = "lang";
    public const string Speaker = "speaker";
    /// <summary>The speaker's role in the interview: interviewer, participant or none.</summary>
    public const string Role = "role";
    /// <summary>Themes coding the passage and all their ancestors.</summary>
    public const string Theme = "theme";
    public const string Coder = "coder";
    /// <summary>Prefix of case attribute fields: attribute "role" is <c>attr.role</c>.</summary>
    public const string AttributePrefix = "attr.";

    /// <summary>The fields a query word without a field name searches.</summary>
    public static readonly string[] DefaultText = [Text, TextFrench, TextSpanish];

    internal const string StoredTranscript = "_transcript";
    internal const string StoredCase = "_case";
    internal const string StoredLanguage = "_lang";
    internal const string StoredSpeaker = "_speaker";
    internal const string StoredRole = "_role";
    internal const string StoredPassage = "_passage";
    internal const string StoredTurn = "_turn";
    internal const string StoredStart = "_start";
    internal const string StoredEnd = "_end";
    internal const string StoredLine = "_line";

    private static readonly HashSet<string> Reserved =
        [Text, TextFrench, TextSpanish, Transcript, Case, Language, Speaker, Role, Theme, Coder];

    /// <summary>The query field names of a case attribute: always <c>attr.NAME</c>, and the bare name too
    /// unless it clashes with a field above (the sample study's attribute "role" is only <c>attr.role</c>).</summary>
    public static IEnumerable<string> ForAttribute(string name)
    {
        var field = string.Join('-', name.Trim().ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        yield return AttributePrefix + field;
        if (!Reserved.Contains(field) && !field.StartsWith('_')) yield return field;
    }
}
