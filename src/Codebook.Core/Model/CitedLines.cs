using Codebook.Core.Text;

namespace Codebook.Core.Model;

/// <summary>Lines as a researcher cites them: the imported file's (<see cref="Transcript.FileLines"/>), which differ from
/// the text's where the file had front matter, subtitle cue numbers and timings, or paragraphs. Commands show these and
/// take these.</summary>
public static class CitedLines
{
    /// <summary>The file lines <paramref name="span"/> covers, first and last.</summary>
    public static (int First, int Last) Of(Transcript transcript, LineStarts lines, TextSpan span)
    {
        var (first, last) = lines.LinesOf(span);
        return (transcript.FileLine(first), transcript.FileLine(last));
    }

    /// <summary>The text lines that come from file lines <paramref name="first"/> to <paramref name="last"/>; null
    /// when none does (the range holds only front matter, cue timings, or lies past the end).</summary>
    public static (int First, int Last)? TextLines(Transcript transcript, int lineCount, int first, int last)
    {
        int from = 0, to = 0;
        for (int line = 1; line <= lineCount; line++)
        {
            int fileLine = transcript.FileLine(line);
            if (fileLine < first || fileLine > last) continue;
            if (from == 0) from = line;
            to = line;
        }
        return from == 0 ? null : (from, to);
    }

    /// <summary>The last file line that holds text: the highest line a command can be given.</summary>
    public static int LastOf(Transcript transcript, int lineCount) => transcript.FileLine(lineCount);
}
