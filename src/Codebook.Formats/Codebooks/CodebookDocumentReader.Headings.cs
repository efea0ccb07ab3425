using Codebook.Core.Model;
using Markdig.Syntax;

namespace Codebook.Formats.Codebooks;

internal sealed partial class CodebookDocumentReader
{
    private void ReadHeading(HeadingBlock heading)
    {
        current = null;
        var position = heading.Span.Start;
        if (heading.IsSetext)
        {
            mistakes.Add(position, "an underlined heading",
                "Write theme headings with # marks, e.g. ## Résistance {#resistance}; for a rule line, leave a blank line before ---.");
            return;
        }

        var contentStart = position + heading.Level;
        var end = heading.Span.End + 1;
        while (end > contentStart && source[end - 1] is ' ' or '\t')
        {
            end--;
        }

        if (heading.Level == 1)
        {
            ReadTitle(position, contentStart, end);
            return;
        }

        var attributes = HeadingAttributes.Read(source, contentStart, end, mistakes);
        var label = PlainText.Of(heading.Inline, source, contentStart, attributes.LabelEnd);
        var id = attributes.Id ?? Slug.From(label);
        if (label.Length == 0)
        {
            mistakes.Add(position, "a theme heading without a label",
                "Write the theme's name after the # marks, e.g. ## Résistance {#resistance}.");
        }
        else if (label.Contains('\n'))
        {
            mistakes.Add(position, "a line break in a theme label", "Keep the label on one line.");
        }
        else if (id.Length == 0)
        {
            mistakes.Add(position, $"no id can be made from the label '{label}'", "Add an id to the heading, e.g. {#my-theme}.");
        }

        var theme = new Theme { Id = id, Label = label, Color = attributes.Color, Key = attributes.Key };
        Place(theme, heading.Level, position);
        CheckUnique(theme, attributes, position);
        themes.Add(theme);
        current = new ThemeDraft(theme, heading.Level);
        open.Push(current);
    }

    private void ReadTitle(int position, int contentStart, int end)
    {
        if (titleSeen || themes.Count > 0)
        {
            mistakes.Add(position, "a second # heading",
                "A codebook has one # title; make themes ## headings, their sub-themes ###, and so on.");
        }
        else if (HeadingAttributes.Read(source, contentStart, end, new Mistakes(map)).LabelEnd != end)
        {
            mistakes.Add(position, "the # heading is the codebook's title and takes no attributes",
                "Make themes ## headings: ## Résistance {#resistance}.");
        }

        titleSeen = true;
    }

    /// <summary>Finds the parent from the heading levels above and gives the theme its place among its siblings.</summary>
    private void Place(Theme theme, int level, int position)
    {
        while (open.Count > 0 && open.Peek().Level >= level)
        {
            open.Pop();
        }

        var parent = open.Count > 0 ? open.Peek() : null;
        var expected = parent is null ? CodebookSyntax.TopThemeLevel : parent.Level + 1;
        if (level > expected)
        {
            mistakes.Add(position, $"the heading level skips from {Marks(expected - 1)} to {Marks(level)}",
                $"Make it a {Marks(expected)} heading, or add the missing theme above it.");
        }

        theme.ParentId = parent?.Theme.Id;
        theme.Order = parent is null ? roots++ : parent.Children++;
    }

    private void CheckUnique(Theme theme, HeadingAttributes attributes, int position)
    {
        var line = map.Line(position);
        if (theme.Id.Length > 0 && !idLines.TryAdd(theme.Id, line))
        {
            mistakes.Add(attributes.Id is null ? position : attributes.IdPosition,
                attributes.Id is null
                    ? $"the id '{theme.Id}' made from this label is already used on line {idLines[theme.Id]}"
                    : $"the id '{theme.Id}' is already used on line {idLines[theme.Id]}",
                $"Give this theme its own id, e.g. {{#{theme.Id}-2}}.");
        }

        if (theme.Key is { } key && !keys.TryAdd(key, (theme.Id, line)))
        {
            mistakes.Add(attributes.KeyPosition,
                $"the key '{key}' is already used by '{keys[key].Id}' on line {keys[key].Line}",
                "Give each theme its own key, or none.");
        }
    }
}
