namespace Codebook.Formats.Codebooks;

/// <summary>The attribute block at the end of a theme heading: <c>{#resistance color=#C0392B key=r}</c>.</summary>
internal sealed class HeadingAttributes
{
    private const string AttributeHint =
        "Heading attributes are #id, color=#RRGGBB and key=X; write a literal brace in a label as \\{.";

    public string? Id { get; private set; }

    public int IdPosition { get; private set; }

    public string? Color { get; private set; }

    public string? Key { get; private set; }

    public int KeyPosition { get; private set; }

    /// <summary>Where the label ends: at the block's opening brace, or at the end of the heading.</summary>
    public int LabelEnd { get; private set; }

    /// <summary>Reads the block in source[start, end), the heading's text after its # marks.</summary>
    public static HeadingAttributes Read(string source, int start, int end, Mistakes mistakes)
    {
        var attributes = new HeadingAttributes { LabelEnd = end };
        var open = LastUnescapedBrace(source, start, end);
        if (open < 0)
        {
            return attributes;
        }

        attributes.LabelEnd = open;
        var close = source.IndexOf('}', open + 1, end - open - 1);
        if (close < 0)
        {
            mistakes.Add(open, "the attribute block is not closed",
                "End it with } at the end of the heading, e.g. {#resistance color=#C0392B}; write a literal brace in a label as \\{.");
            return attributes;
        }

        if (close != end - 1)
        {
            mistakes.Add(close + 1, "text after the attribute block", "Put {…} at the very end of the heading.");
        }

        for (var i = open + 1; i < close;)
        {
            if (char.IsWhiteSpace(source[i]))
            {
                i++;
                continue;
            }

            var tokenEnd = i;
            while (tokenEnd < close && !char.IsWhiteSpace(source[tokenEnd]))
            {
                tokenEnd++;
            }

            attributes.Take(source[i..tokenEnd], i, mistakes);
            i = tokenEnd;
        }

        return attributes;
    }

    private static int LastUnescapedBrace(string source, int start, int end)
    {
        var brace = -1;
        for (var i = start; i < end; i++)
        {
            if (source[i] == '\\')
            {
                i++;
            }
            else if (source[i] == '{')
            {
                brace = i;
            }
        }

        return brace;
    }

    private void Take(string token, int position, Mistakes mistakes)
    {
        if (token.StartsWith('#'))
        {
            TakeId(token[1..], position, mistakes);
            return;
        }

        var equals = token.IndexOf('=');
        var name = equals < 0 ? token : token[..equals].ToLowerInvariant();
        var value = equals < 0 ? "" : token[(equals + 1)..];
        var valuePosition = position + equals + 1;
        switch (name)
        {
            case "color" or "colour" when equals > 0:
                TakeColor(value, position, valuePosition, mistakes);
                break;
            case "key" when equals > 0:
                TakeKey(value, position, valuePosition, mistakes);
                break;
            default:
                mistakes.Add(position, $"unknown attribute '{token}'", AttributeHint);
                break;
        }
    }

    private void TakeId(string id, int position, Mistakes mistakes)
    {
        if (Id is not null)
        {
            mistakes.Add(position, "a second id on the same heading", "Give each theme one id.");
        }
        else if (!CodebookSyntax.IsId(id))
        {
            mistakes.Add(position, $"'{id}' is not a valid id", CodebookSyntax.IdHint);
        }
        else
        {
            (Id, IdPosition) = (id, position);
        }
    }

    private void TakeColor(string value, int position, int valuePosition, Mistakes mistakes)
    {
        if (Color is not null)
        {
            mistakes.Add(position, "a second colour on the same heading", "Give each theme one colour.");
        }
        else if (!CodebookSyntax.IsColor(value))
        {
            mistakes.Add(valuePosition, $"'{value}' is not a colour", CodebookSyntax.ColorHint);
        }
        else
        {
            Color = value.ToUpperInvariant();
        }
    }

    private void TakeKey(string value, int position, int valuePosition, Mistakes mistakes)
    {
        if (Key is not null)
        {
            mistakes.Add(position, "a second key on the same heading", "Give each theme one key.");
        }
        else if (value.Length != 1)
        {
            mistakes.Add(valuePosition,
                value.Length == 0 ? "the key is empty" : $"the key '{value}' is longer than one character",
                CodebookSyntax.KeyHint);
        }
        else if (!CodebookSyntax.IsKey(value))
        {
            mistakes.Add(valuePosition, $"the key '{value}' is not a letter or digit", CodebookSyntax.KeyHint);
        }
        else
        {
            (Key, KeyPosition) = (value, valuePosition);
        }
    }
}
