using System.Text.RegularExpressions;

namespace Codebook.Formats.Transcripts;

/// <summary>The lines of a transcript that are not speech: headings, metadata (<c>**Fecha:** 12 de marzo</c>,
/// <c>Date : 2024</c>) in a header block, front-matter-like blocks between <c>---</c> lines, and notes that fill a
/// whole line (<c>[NOTAS DE OBSERVACIÓN]: …</c>, <c>Note : …</c>, <c>(rires)</c>, <c>[Pausa larga]</c>).</summary>
internal static partial class NoteLines
{
    /// <summary>Metadata values are short: "12 de marzo de 2024", "Bruselas, centro de empleo".</summary>
    private const int MaxMetadataWords = 12;

    /// <summary>A front-matter-like block inside the text closes within this many lines, or it is not one.</summary>
    private const int MaxBlockLines = 40;

    [GeneratedRegex(@"^[\x20\t]*#{1,6}(?:[\x20\t]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex Heading();

    /// <summary><c>Key: value</c>, <c>**Key:** value</c>, <c>**Key**: value</c>, <c>- **Key:** value</c>: a key of one to five
    /// words opening with a capital.</summary>
    [GeneratedRegex(@"^[\x20\t]*(?:[-*][\x20\t]+)?(?<bold>\*\*)?(?<key>\p{Lu}[^:*\[\]\n]{0,40}?)(?:\*\*)?[\x20\t\u00A0\u202F]?:(?:\*\*)?(?:[\x20\t\u00A0\u202F]+(?<value>\S.*))?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex KeyValue();

    [GeneratedRegex(@"^[\x20\t]*(?:\[[^\[\]\n]*\]|\([^()\n]*\))[\x20\t.]*$", RegexOptions.CultureInvariant)]
    private static partial Regex WholeBracket();

    [GeneratedRegex(@"^[\x20\t]*\[(?<label>[^\[\]\n]{1,60})\]", RegexOptions.CultureInvariant)]
    private static partial Regex BracketOpening();

    /// <summary>A heading, a whole-line bracketed note, or a line opening with a note label: a note wherever it stands.</summary>
    public static bool IsNote(string line) =>
        Heading().IsMatch(line) || WholeBracket().IsMatch(line)
        || BracketOpening().Match(line) is { Success: true } bracket && SpeakerNames.IsNoteLabel(bracket.Groups["label"].Value)
        || KeyValue().Match(line) is { Success: true } pair && SpeakerNames.IsNoteLabel(pair.Groups["key"].Value);

    /// <summary>A short <c>Key: value</c> line, which is metadata where it stands in a header block.</summary>
    public static bool IsMetadata(string line)
    {
        var match = KeyValue().Match(line);
        if (!match.Success || match.Groups["key"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 5) return false;
        string value = match.Groups["value"].Value.TrimEnd();
        return !value.EndsWith('?') && value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxMetadataWords;
    }

    /// <summary>The last line of a front-matter-like block opening with <c>---</c> on <paramref name="fence"/>: only
    /// metadata and blank lines up to a closing <c>---</c>; -1 if the lines are not such a block.</summary>
    public static int BlockEnd(IReadOnlyList<string> lines, int fence)
    {
        if (!FrontMatterParser.IsFence(lines[fence])) return -1;
        bool any = false;
        for (int i = fence + 1; i < lines.Count && i <= fence + MaxBlockLines; i++)
        {
            if (FrontMatterParser.IsFence(lines[i])) return any ? i : -1;
            if (string.IsNullOrWhiteSpace(lines[i])) continue;
            if (!IsYamlLine(lines[i])) return -1;
            any = true;
        }
        return -1;
    }

    [GeneratedRegex(@"^[\x20\t]*(?:-[\x20\t]+)?[\p{L}_][\p{L}\p{N}_ -]{0,40}:(?:[\x20\t].*)?$|^[\x20\t]+-[\x20\t]+\S", RegexOptions.CultureInvariant)]
    private static partial Regex YamlLine();

    private static bool IsYamlLine(string line) => YamlLine().IsMatch(line);
}
