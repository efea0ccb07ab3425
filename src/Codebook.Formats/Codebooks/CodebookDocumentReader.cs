using Codebook.Core.Errors;
using Codebook.Core.Model;
using Markdig;
using Markdig.Syntax;

namespace Codebook.Formats.Codebooks;

/// <summary>One pass over a parsed codebook document: headings open themes, labels fill them in.</summary>
internal sealed partial class CodebookDocumentReader
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePreciseSourceLocation().Build();

    private readonly string source;
    private readonly SourceMap map;
    private readonly Mistakes mistakes;
    private readonly List<Theme> themes = [];
    private readonly Stack<ThemeDraft> open = new();
    private readonly Dictionary<string, int> idLines = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (string Id, int Line)> keys = new(StringComparer.Ordinal);
    private int roots;
    private bool titleSeen;

    /// <summary>The theme whose section is being read; null in the introduction and after a broken heading.</summary>
    private ThemeDraft? current;

    private CodebookDocumentReader(string source, string fileName)
    {
        this.source = source;
        map = new SourceMap(source, fileName);
        mistakes = new Mistakes(map);
    }

    public static IReadOnlyList<Theme> Read(string source, string fileName)
    {
        var reader = new CodebookDocumentReader(source, fileName);
        reader.ReadBlocks(Parse(source, reader.map));
        reader.mistakes.ThrowIfAny();
        return reader.themes;
    }

    /// <summary>Markdig refuses Markdown nested beyond its depth limit (thousands of brackets or emphasis marks) with an
    /// ArgumentException and no position: no codebook gets there, so it is a mistake at the top.</summary>
    private static MarkdownDocument Parse(string source, SourceMap map)
    {
        try
        {
            return Markdown.Parse(source, Pipeline);
        }
        catch (ArgumentException e)
        {
            throw new CodebookException(ErrorCode.BadCodebook, "the Markdown is nested too deeply to read (brackets, emphasis or lists inside each other)",
                map.Where(0), "this does not look like a codebook; check that you picked the right file", e);
        }
    }

    private void ReadBlocks(MarkdownDocument document)
    {
        foreach (var block in document)
        {
            if (block is HeadingBlock heading)
            {
                current?.Finish();
                ReadHeading(heading);
                continue;
            }

            if (current is null)
            {
                continue; // the introduction, free text before the first theme
            }

            switch (block)
            {
                case ParagraphBlock paragraph:
                    ReadParagraph(paragraph);
                    break;
                case ListBlock list:
                    ReadList(list);
                    break;
                case ThematicBreakBlock or LinkReferenceDefinitionGroup or HtmlBlock { Type: HtmlBlockType.Comment }:
                    break; // visual or invisible: nothing to read
                default:
                    Unexpected(block);
                    break;
            }
        }

        current?.Finish();
    }

    private void Unexpected(Block block)
    {
        if (current is { Skipping: false })
        {
            mistakes.Add(block.Span.Start, $"{Describe(block)} in theme '{current.Theme.Id}'",
                "A theme holds labelled paragraphs and lists; write example quotes as a list under Examples:.");
        }
    }

    private static string Describe(Block block) => block switch
    {
        QuoteBlock => "a block quote",
        CodeBlock => "a code block",
        HtmlBlock => "an HTML block",
        ListBlock => "a nested list",
        HeadingBlock => "a heading",
        _ => "a block Codebook does not read",
    };

    private static string Marks(int level) => new('#', level);
}
