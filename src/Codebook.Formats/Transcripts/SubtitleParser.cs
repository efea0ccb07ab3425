namespace Codebook.Formats.Transcripts;

/// <summary>Reads the cues of a WebVTT or SubRip file: blocks separated by blank lines, each with an optional id,
/// a <c>start --> end</c> timing line and the payload. WebVTT adds its header and NOTE/STYLE/REGION blocks; front
/// matter may sit in a leading NOTE block.</summary>
internal static class SubtitleParser
{
    public static List<SubtitleCue> Parse(string file, string text, bool vtt, out FrontMatter frontMatter, List<string> warnings)
    {
        frontMatter = new FrontMatter();
        string[] lines = text.Split('\n');
        int i = 0;
        if (vtt)
        {
            if (!IsKeyword(lines[0], "WEBVTT"))
                throw TranscriptError.Bad(file, "not a WebVTT file: the first line must be WEBVTT", "add a first line WEBVTT, or save the file as .srt or .txt", 1);
            i = SkipBlock(lines, 0);
        }

        var cues = new List<SubtitleCue>();
        bool first = true;
        while ((i = SkipBlank(lines, i)) < lines.Length)
        {
            if (vtt && IsKeyword(lines[i], "NOTE"))
            {
                i = first && i + 1 < lines.Length && FrontMatterParser.IsFence(lines[i + 1]) ? ReadFrontMatter(file, lines, i + 1, out frontMatter) : SkipBlock(lines, i);
            }
            else if (vtt && (IsKeyword(lines[i], "STYLE") || IsKeyword(lines[i], "REGION")))
            {
                i = SkipBlock(lines, i);
            }
            else
            {
                int end = SkipBlock(lines, i);
                if (ReadCue(lines, i, end) is { } cue) cues.Add(cue);
                else warnings.Add($"line {i + 1}: skipped a block without a valid 'start --> end' timing line");
                i = end;
            }
            first = false;
        }
        if (cues.Count == 0)
            throw TranscriptError.Bad(file, "the subtitle file has no cues", "check that the file has cues with 'start --> end' timing lines");
        return cues;
    }

    private static SubtitleCue? ReadCue(string[] lines, int start, int end)
    {
        // The timing line comes first, or second after a cue id (SRT's index is such an id).
        for (int t = start; t < end && t <= start + 1; t++)
        {
            int arrow = lines[t].IndexOf("-->", StringComparison.Ordinal);
            if (arrow < 0) continue;
            return Timestamps.TryParse(lines[t][..arrow], out var time) ? new SubtitleCue(time, lines[(t + 1)..end], t + 1) : null;
        }
        return null;
    }

    /// <summary>Front matter between <c>---</c> lines inside a NOTE block; YAML errors point at the file's lines.</summary>
    private static int ReadFrontMatter(string file, string[] lines, int fence, out FrontMatter frontMatter)
    {
        int close = Array.FindIndex(lines, fence + 1, line => FrontMatterParser.IsFence(line));
        if (close < 0)
            throw TranscriptError.Bad(file, "the front matter in the NOTE block is never closed", "end it with a line of ---", fence + 1);
        frontMatter = FrontMatterParser.Parse(file, string.Join('\n', lines[(fence + 1)..close]), firstLine: fence + 2);
        return SkipBlock(lines, close);
    }

    private static bool IsKeyword(string line, string keyword) =>
        line.StartsWith(keyword, StringComparison.Ordinal) && (line.Length == keyword.Length || line[keyword.Length] is ' ' or '\t');

    private static int SkipBlank(string[] lines, int i)
    {
        while (i < lines.Length && string.IsNullOrWhiteSpace(lines[i])) i++;
        return i;
    }

    private static int SkipBlock(string[] lines, int i)
    {
        while (i < lines.Length && !string.IsNullOrWhiteSpace(lines[i])) i++;
        return i;
    }
}
