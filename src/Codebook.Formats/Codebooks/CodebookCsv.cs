namespace Codebook.Formats.Codebooks;

/// <summary>The columns of a codebook as CSV. Taguette's own are <c>tag</c> (the theme's path of labels, parent/child)
/// and <c>description</c>; it reads <c>name</c> or <c>path</c> for <c>tag</c> too and passes over columns it does not
/// know, so ours follow them: the id and parent's id, labels in French and Spanish, colour, key, and the rules and
/// examples one a line.</summary>
internal static class CodebookCsv
{
    public const string Tag = "tag";
    public const string Description = "description";
    public const string Id = "id";
    public const string Parent = "parent";
    public const string LabelFr = "label-fr";
    public const string LabelEs = "label-es";
    public const string Color = "color";
    public const string Key = "key";
    public const string Include = "include";
    public const string Exclude = "exclude";
    public const string Examples = "examples";

    /// <summary>Other names the tools give the tag column (Taguette reads all three) and the description column.</summary>
    public static readonly string[] TagNames = [Tag, "name", "path"];
    public static readonly string[] DescriptionNames = [Description, "definition"];

    public static readonly string[] Ours = [Id, Parent, LabelFr, LabelEs, Color, Key, Include, Exclude, Examples];

    public const char PathSeparator = '/';
}
