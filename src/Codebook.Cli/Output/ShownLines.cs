using System.Text;
using Codebook.Core.Model;
using Codebook.Tui.Text;

namespace Codebook.Cli.Output;

/// <summary>A transcript's lines as <c>show</c> prints them: the file's line number, then on a turn's first line its
/// speaker once (the label itself left out) or <c>[note]</c>, and the text wrapped under where it starts:
/// <code>
///    19  NADIA: On encode tout, chaque appel, chaque
///               rendez-vous.
///    20         Même les cafés, presque.
/// </code></summary>
public static class ShownLines
{
    private const int NumberWidth = 5;
    private const string Gap = "  ";

    /// <summary>How far a long speaker name may push the text: beyond, wrapped text starts here instead.</summary>
    private const int MostHanging = 24;

    /// <summary>Narrower than this, the text is not wrapped narrower still.</summary>
    private const int LeastText = 20;

    public static IEnumerable<string> Of(IReadOnlyList<TranscriptLine> lines, int width)
    {
        int hanging = 0;
        foreach (var line in lines)
        {
            var head = Head(line);
            var text = head.Length > 0 && line.Role != SpeakerRole.Note ? line.Text[line.LabelLength..] : line.Text;
            if (line.StartsTurn || line.Turn is null) hanging = Math.Min(head.Length, MostHanging);
            var number = line.Line.ToString().PadLeft(NumberWidth) + Gap;
            var first = new StringBuilder(number).Append(head.Length > 0 ? head : new string(' ', hanging));
            var indent = new string(' ', number.Length + hanging);
            yield return first.Append(Wrapped(text, width - first.Length, width - indent.Length, indent)).ToString().TrimEnd();
        }
    }

    /// <summary>The text cut to <paramref name="firstRoom"/> columns, then to <paramref name="room"/> on lines that
    /// start with <paramref name="indent"/>.</summary>
    private static string Wrapped(string text, int firstRoom, int room, string indent)
    {
        var (start, end) = Wrapping.Pieces(text, 0, text.Length, Math.Max(LeastText, firstRoom)).First();
        var result = new StringBuilder(text, start, end - start, text.Length);
        while (end < text.Length && text[end] == ' ') end++;
        if (end == text.Length) return result.ToString();
        foreach (var (s, e) in Wrapping.Pieces(text, end, text.Length, Math.Max(LeastText, room)))
        {
            result.Append('\n').Append(indent).Append(text, s, e - s);
        }
        return result.ToString();
    }

    /// <summary>"[00:12:05] NADIA: " on a turn's first line, "[note] " on a note's; nothing elsewhere.</summary>
    private static string Head(TranscriptLine line)
    {
        if (!line.StartsTurn) return "";
        if (line.Role == SpeakerRole.Note) return "[note] ";
        if (line.Speaker is null) return "";
        var time = line.Timestamp is { } at ? $"[{at:hh\\:mm\\:ss}] " : "";
        return $"{time}{line.Speaker}: ";
    }
}
