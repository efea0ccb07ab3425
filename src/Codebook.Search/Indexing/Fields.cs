namespace Codebook.Search.Indexing;

/// <summary>Field names of a passage document. Lower-case names are for queries; names starting with '_' are the
/// index's own (a transcript's passages to replace, what a hit shows) and are not meant to be queried.</summary>
public static class Fields
{
    /// <summary>Folded words of every passage, whatever its language.</summary>
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

    /// <summary>The transcript's id as written, to replace or drop its passages (a keyword, not folded).</summary>
    internal const string TranscriptId = "_transcript";
    /// <summary>The one indexed field holding every keyword of a passage (all fields but the text fields), each term
    /// its field's name, <see cref="KeywordSeparator"/> and the folded value: the writer inverts one field per
    /// passage instead of fifteen. Queries on a keyword field are turned into queries on it
    /// (<c>Queries/KeywordField</c>).</summary>
    internal const string Keywords = "_kw";
    /// <summary>Between a keyword's field and its value. No field name holds it (<see cref="ForAttribute"/> drops
    /// control characters), so the terms of one field are exactly those starting with its prefix.</summary>
    internal const char KeywordSeparator = '\u001f';
    /// <summary>The <see cref="PassageRecord"/> a hit shows.</summary>
    internal const string Passage = "_record";

    private static readonly HashSet<string> Reserved =
        [Text, TextFrench, TextSpanish, Transcript, Case, Language, Speaker, Role, Theme, Coder];

    /// <summary>Whether a field is one of the keywords of <see cref="Keywords"/>: every field but the text fields.</summary>
    internal static bool IsKeyword(string field) => Array.IndexOf(DefaultText, field) < 0;

    /// <summary>The start of every term of <paramref name="field"/> in <see cref="Keywords"/>.</summary>
    internal static string KeywordPrefix(string field) => field + KeywordSeparator;

    /// <summary>The field a case attribute is indexed in: <c>attr.NAME</c>, the name lower case with its spaces
    /// (and control characters, such as <see cref="KeywordSeparator"/>) as dashes.</summary>
    public static string ForAttribute(string name) =>
        AttributePrefix + string.Join('-', string.Concat(name.Select(c => char.IsControl(c) ? ' ' : c)).ToLowerInvariant()
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The field a query names: a bare attribute name is its <c>attr.NAME</c> field, unless the name is one
    /// of the fields above (the sample study's attribute "role" is only <c>attr.role</c>). Indexed once, queried
    /// by both names.</summary>
    public static string Queried(string field) =>
        Reserved.Contains(field) || field.StartsWith('_') || field.StartsWith(AttributePrefix, StringComparison.Ordinal) || field == "*"
            ? field
            : AttributePrefix + field;
}
