using DocumentFormat.OpenXml.Wordprocessing;

namespace Codebook.Formats.Quotes;

/// <summary>The named styles of a Word quote export, so a journal template can restyle them all at once: paragraph
/// styles Quote, Citation, Memo and Translation (Quote and Citation with linked character styles for their runs), the
/// character style Speaker for speakers' names in quotes across speakers,
/// and Word's own "heading 1" for themes.</summary>
internal static class QuoteStyles
{
    public const string Quote = "Quote";
    public const string Citation = "Citation";
    public const string Memo = "Memo";
    public const string Translation = "Translation";
    public const string Heading = "Heading1";

    /// <summary>The character style of a speaker's name before their words, in a quote across speakers.</summary>
    public const string Speaker = "Speaker";

    public static string CharacterOf(string paragraphStyle) => paragraphStyle + "Char";

    public static Styles Create() => new(
        new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(new FontSize { Val = "22" }))),
        new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
        Paragraph(Heading, "heading 1", new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "360", After = "120" }, new OutlineLevel { Val = 0 }),
            new StyleRunProperties(new Bold(), new FontSize { Val = "28" })),
        Paragraph(Quote, "Quote", new StyleParagraphProperties(new Indentation { Left = "720", Right = "720" }, new SpacingBetweenLines { After = "60" }),
            new StyleRunProperties(new Italic()), linked: true),
        Paragraph(Citation, "Citation", new StyleParagraphProperties(new Indentation { Left = "720" }, new Justification { Val = JustificationValues.Right }, new SpacingBetweenLines { After = "240" }),
            new StyleRunProperties(new FontSize { Val = "20" }), linked: true),
        Paragraph(Memo, "Memo", new StyleParagraphProperties(new Indentation { Left = "720" }),
            new StyleRunProperties(new Color { Val = "595959" }, new FontSize { Val = "18" })),
        Paragraph(Translation, "Translation", new StyleParagraphProperties(new Indentation { Left = "720", Right = "720" }, new SpacingBetweenLines { After = "240" }),
            new StyleRunProperties(new Color { Val = "1F4E79" })),
        Character(Quote, new StyleRunProperties(new Italic())),
        Character(Citation, new StyleRunProperties(new FontSize { Val = "20" })),
        new Style(new StyleName { Val = Speaker }, new StyleRunProperties(new SmallCaps()))
        {
            Type = StyleValues.Character,
            StyleId = Speaker,
            CustomStyle = true,
        });

    private static Style Paragraph(string id, string name, StyleParagraphProperties paragraph, StyleRunProperties run, bool linked = false)
    {
        var style = new Style(new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle())
        {
            Type = StyleValues.Paragraph,
            StyleId = id,
            CustomStyle = id != Heading,
        };
        if (linked) style.Append(new LinkedStyle { Val = CharacterOf(id) });
        style.Append(paragraph, run);
        return style;
    }

    private static Style Character(string paragraphStyle, StyleRunProperties run) =>
        new(new StyleName { Val = $"{paragraphStyle} Char" }, new LinkedStyle { Val = paragraphStyle }, run)
        {
            Type = StyleValues.Character,
            StyleId = CharacterOf(paragraphStyle),
            CustomStyle = true,
        };
}
