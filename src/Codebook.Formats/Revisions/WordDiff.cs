using Codebook.Core.Ports;
using Codebook.Core.Revisions;
using DiffPlex;
using DiffPlex.Chunkers;

namespace Codebook.Formats.Revisions;

/// <summary>DiffPlex's Myers diff over words: a corrected word is one edit, not scattered letters that happen to
/// match. Spaces and punctuation are pieces of their own, so they anchor the words around an edit.</summary>
public sealed class WordDiff : ITextDiff
{
    public static readonly WordDiff Instance = new();

    private static readonly CustomFunctionChunker Words = new(Pieces);

    public IReadOnlyList<UnchangedRun> UnchangedRuns(string oldText, string newText)
    {
        var diff = Differ.Instance.CreateDiffs(oldText, newText, ignoreWhiteSpace: false, ignoreCase: false, Words);
        var oldStarts = Starts(diff.PiecesOld);
        var newStarts = Starts(diff.PiecesNew);
        var runs = new List<UnchangedRun>();
        var (a, b) = (0, 0);
        foreach (var block in diff.DiffBlocks.Append(new(diff.PiecesOld.Count, 0, diff.PiecesNew.Count, 0)))
        {
            // The pieces between two edits are the same in both texts, one for one.
            var length = oldStarts[block.DeleteStartA] - oldStarts[a];
            if (length > 0) runs.Add(new UnchangedRun(oldStarts[a], newStarts[b], length));
            a = block.DeleteStartA + block.DeleteCountA;
            b = block.InsertStartB + block.InsertCountB;
        }
        return runs;
    }

    /// <summary>Where each piece starts in its text, and the text's length last.</summary>
    private static int[] Starts(IReadOnlyList<string> pieces)
    {
        var starts = new int[pieces.Count + 1];
        for (var i = 0; i < pieces.Count; i++) starts[i + 1] = starts[i] + pieces[i].Length;
        return starts;
    }

    /// <summary>Words (letters and digits), runs of whitespace, and every other character alone; together, the text.</summary>
    private static string[] Pieces(string text)
    {
        var pieces = new List<string>();
        var start = 0;
        while (start < text.Length)
        {
            var kind = KindOf(text[start]);
            var end = start + 1;
            if (kind != 0) while (end < text.Length && KindOf(text[end]) == kind) end++;
            pieces.Add(text[start..end]);
            start = end;
        }
        return [.. pieces];
    }

    // A surrogate pair is kept whole with the word it touches rather than cut in two.
    private static int KindOf(char c) => Core.Text.Words.IsWordPart(c) || char.IsSurrogate(c) ? 1 : char.IsWhiteSpace(c) ? 2 : 0;
}
