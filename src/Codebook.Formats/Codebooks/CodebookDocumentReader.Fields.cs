using Codebook.Core.Text;
using Codebook.Core.Model;
using Markdig.Syntax;

namespace Codebook.Formats.Codebooks;

internal sealed partial class CodebookDocumentReader
{
    private void ReadParagraph(ParagraphBlock paragraph)
    {
        var start = paragraph.Span.Start;
        var end = paragraph.Span.End + 1;
        var labels = LabelsAtLineStarts(start, end);
        var first = labels.Count == 0 ? end : labels[0].LineStart;
        if (first > start)
        {
            AddText(PlainText.Of(paragraph.Inline, source, start, first), start);
        }

        for (var k = 0; k < labels.Count; k++)
        {
            var (_, labelStart, name, valueStart) = labels[k];
            var valueEnd = k + 1 < labels.Count ? labels[k + 1].LineStart : end;
            StartField(name, labelStart, valueStart, PlainText.Of(paragraph.Inline, source, valueStart, valueEnd));
        }
    }

    /// <summary>Labels may start any line of a paragraph, so "label-fr:", "label-es:" and "Status:" can sit on consecutive lines.</summary>
    private List<(int LineStart, int LabelStart, string Name, int ValueStart)> LabelsAtLineStarts(int start, int end)
    {
        var labels = new List<(int, int, string, int)>();
        for (var lineStart = start; lineStart < end;)
        {
            var lineEnd = source.IndexOf('\n', lineStart, end - lineStart);
            lineEnd = lineEnd < 0 ? end : lineEnd;
            var i = lineStart;
            while (i < lineEnd && source[i] is ' ' or '\t')
            {
                i++;
            }

            var match = CodebookSyntax.LabelPattern().Match(source[i..lineEnd]);
            var open = match.Groups["open"].Value;
            var close = match.Groups["close1"].Value + match.Groups["close2"].Value;
            if (match.Success && open == close)
            {
                labels.Add((lineStart, i, match.Groups["name"].Value, i + match.Length));
            }

            lineStart = lineEnd + 1;
        }

        return labels;
    }

    private void StartField(string name, int position, int valueStart, string text)
    {
        var draft = current!;
        if (FieldLabel.Parse(name) is not { } label)
        {
            mistakes.Add(position, $"unknown label '{name}:'", UnknownLabelHint(name));
            draft.Skipping = true;
            return;
        }

        if (!draft.Seen.Add(label))
        {
            mistakes.Add(position, $"{label.Name}: appears twice in theme '{draft.Theme.Id}'", $"Keep one {label.Name}: per theme.");
            draft.Skipping = true;
            return;
        }

        (draft.Field, draft.FieldHasText, draft.Skipping) = (label, text.Length > 0, false);
        var theme = draft.Theme;
        switch (label.Kind)
        {
            case FieldKind.Label when text.Length == 0 || text.Contains('\n'):
                mistakes.Add(position, $"{label.Name}: needs the label on one line", "Write the label after the colon, or remove the line.");
                break;
            case FieldKind.Label:
                theme.Labels[label.Language!] = text;
                break;
            case FieldKind.Status when CodebookSyntax.ParseStatus(text) is { } status:
                theme.Status = status;
                break;
            case FieldKind.Status:
                mistakes.Add(SkipSpaces(valueStart), $"unknown status '{text}'", "Use draft, in review or approved.");
                break;
            case FieldKind.Definition when text.Length > 0:
                draft.DefinitionParagraphs.Add(text);
                break;
            case FieldKind.Search:
                foreach (var hint in text.Split(',').Select(h => h.Trim(' ', '\t')).Where(h => h.Length > 0))
                {
                    AddItem(label, hint, valueStart);
                }

                break;
            case FieldKind.Include or FieldKind.Exclude or FieldKind.Examples when text.Length > 0:
                AddItem(label, text, valueStart);
                break;
        }
    }

    private static string UnknownLabelHint(string name)
    {
        var guess = Nearest.To(name, FieldLabel.KnownNames);
        var known = $"Labels are {string.Join(", ", FieldLabel.KnownNames)} (any case)";
        var escape = $"to start a line with '{name}:' as text, write '{name}\\:'.";
        return guess is null ? $"{known}; {escape}" : $"Did you mean {guess}:? {known}; {escape}";
    }

    /// <summary>A paragraph, or the first lines of one, with no label of its own: it continues the open label.</summary>
    private void AddText(string text, int position)
    {
        var draft = current!;
        if (draft.Skipping)
        {
            return;
        }

        switch (draft.Field)
        {
            case null:
                mistakes.Add(position, $"text before any label in theme '{draft.Theme.Id}'", "Start it with a label, e.g. Definition: …");
                break;
            case { Kind: FieldKind.Definition }:
                draft.DefinitionParagraphs.Add(text);
                return;
            case { TakesList: true } field:
                mistakes.Add(position, $"{field.Name}: takes a list, not paragraphs", "Write each item on its own line starting with \"- \".");
                break;
            case { } field:
                mistakes.Add(position, $"text after {field.Name}: that belongs to no label",
                    "Start it with a label such as Definition:, or join it to the line above.");
                break;
        }

        draft.Skipping = true;
    }

    private void ReadList(ListBlock list)
    {
        var draft = current!;
        var position = list.Span.Start;
        if (draft.Skipping)
        {
            return;
        }

        string? problem = draft.Field switch
        {
            null => $"a list before any label in theme '{draft.Theme.Id}'",
            { TakesList: false } field => $"{field.Name}: takes text, not a list",
            { } field when draft.FieldHasText => $"{field.Name}: has both text on its line and a list",
            _ => null,
        };
        if (problem is not null)
        {
            mistakes.Add(position, problem, draft.Field is null
                ? "Put a label such as Include: on the line above the list."
                : draft.FieldHasText
                    ? "Move the text on the label's line into the list."
                    : "Write the text as a paragraph; rules go under Include: or Exclude:, quotes under Examples:.");
            draft.Skipping = true;
            return;
        }

        foreach (var item in list.Cast<ListItemBlock>())
        {
            if (ReadItem(item) is { } text)
            {
                AddItem(draft.Field!.Value, text, item.Span.Start);
            }
        }
    }

    private string? ReadItem(ListItemBlock item)
    {
        if (item.Count == 0)
        {
            mistakes.Add(item.Span.Start, "an empty list item", "Write the item's text, or remove the line.");
            return null;
        }

        var paragraphs = new List<string>();
        foreach (var block in item)
        {
            if (block is not ParagraphBlock paragraph)
            {
                mistakes.Add(block.Span.Start, $"{Describe(block)} inside a list item",
                    "Items are plain paragraphs; nested lists, quotes and code are not read.");
                return null;
            }

            CheckLazyLabels(paragraph);
            paragraphs.Add(PlainText.Of(paragraph.Inline, source, paragraph.Span.Start, paragraph.Span.End + 1));
        }

        return string.Join("\n\n", paragraphs);
    }

    /// <summary>Markdown swallows an unindented line right after a list into the last item; a label there is a mistake.</summary>
    private void CheckLazyLabels(ParagraphBlock paragraph)
    {
        var end = paragraph.Span.End + 1;
        for (var lineStart = source.IndexOf('\n', paragraph.Span.Start, end - paragraph.Span.Start) + 1;
             lineStart > 0 && lineStart < end;
             lineStart = source.IndexOf('\n', lineStart, end - lineStart) + 1)
        {
            var lineEnd = source.IndexOf('\n', lineStart, end - lineStart);
            var match = CodebookSyntax.LabelPattern().Match(source[lineStart..(lineEnd < 0 ? end : lineEnd)]);
            if (match.Success && FieldLabel.Parse(match.Groups["name"].Value) is { } label)
            {
                mistakes.Add(lineStart, $"{label.Name}: is inside the list above", "Leave a blank line between the list and the label.");
            }
        }
    }

    private void AddItem(FieldLabel label, string text, int position)
    {
        var theme = current!.Theme;
        switch (label.Kind)
        {
            case FieldKind.Include:
                theme.Include.Add(text);
                break;
            case FieldKind.Exclude:
                theme.Exclude.Add(text);
                break;
            case FieldKind.Examples:
                theme.Examples.Add(text);
                break;
            case FieldKind.Search when text.Contains('\n'):
                mistakes.Add(position, $"a line break in a {label.Name}: hint", "Keep each search hint on one line.");
                break;
            case FieldKind.Search:
                AddHint(theme, label.Language!, text);
                break;
        }
    }

    private static void AddHint(Theme theme, string language, string hint)
    {
        if (!theme.SearchHints.TryGetValue(language, out var hints))
        {
            theme.SearchHints[language] = hints = [];
        }

        hints.Add(hint);
    }

    private int SkipSpaces(int position)
    {
        while (position < source.Length && source[position] is ' ' or '\t')
        {
            position++;
        }

        return position;
    }
}
