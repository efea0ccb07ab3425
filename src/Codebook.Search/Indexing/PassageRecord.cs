using System.Text;
using Codebook.Core.Model;
using Codebook.Core.Search;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace Codebook.Search.Indexing;

/// <summary>What a hit shows of its passage, its text included, kept in one binary doc value per passage. A hit reads
/// it straight from the memory-mapped column; stored fields would decompress a 16 KB block of many passages for each
/// hit, and writing one value costs less than ten stored fields.</summary>
/// <param name="Hit">The passage as a hit shows it, before a query scores it: its <see cref="SearchHit.Line"/> is the
/// passage's first line, and what only a query knows (score, matched words, their context) is empty until the search
/// fills it in.</param>
internal sealed record PassageRecord(SearchHit Hit, IReadOnlyList<int> FileLines, string Text)
{
    /// <summary>The context of a hit no query has matched yet.</summary>
    public static readonly KeywordInContext NoContext = new("", [], false, false);

    /// <summary>The imported file's line of text line <paramref name="line"/> of the passage (its first line is 0):
    /// what a hit cites. Without <see cref="FileLines"/> the file's lines are the text's.</summary>
    public int FileLine(int line) => line < FileLines.Count ? FileLines[line] : Hit.Line + line;

    /// <summary>A doc value holds at most 32,766 bytes: a passage's text (at most <see cref="Passages.MaxLength"/>
    /// characters, three UTF-8 bytes each at worst) and its few short values fit well within.</summary>
    public BinaryDocValuesField ToField()
    {
        var buffer = new byte[Budget()];
        var output = new ByteArrayDataOutput(buffer);
        Write(output, Hit.TranscriptId);
        Write(output, Hit.CaseId);
        Write(output, Hit.Language);
        output.WriteVInt32(Hit.PassageIndex);
        output.WriteVInt32(Hit.TurnIndex);
        Write(output, Hit.Speaker);
        output.WriteVInt32((int)Hit.Role);
        output.WriteVInt32(Hit.Span.Start);
        output.WriteVInt32(Hit.Span.End);
        output.WriteVInt32(Hit.Line);
        output.WriteVInt32(FileLines.Count);
        foreach (var fileLine in FileLines) output.WriteVInt32(fileLine);
        Write(output, Text);
        return new BinaryDocValuesField(Fields.Passage, new BytesRef(buffer, 0, output.Position));
    }

    /// <summary>The record of document <paramref name="doc"/> of the reader.</summary>
    public static PassageRecord Read(IndexReader reader, int doc)
    {
        var leaves = reader.Leaves;
        var leaf = leaves[ReaderUtil.SubIndex(doc, leaves)];
        // Null only in a segment of an index written before the records (format 1), which is rebuilt on opening.
        var values = leaf.AtomicReader.GetBinaryDocValues(Fields.Passage)
            ?? throw new InvalidOperationException("the search index predates its passage records; rebuild it");
        var bytes = new BytesRef();
        values.Get(doc - leaf.DocBase, bytes);
        var input = new ByteArrayDataInput(bytes.Bytes, bytes.Offset, bytes.Length);
        var hit = new SearchHit(
            ReadString(input, bytes)!,
            ReadString(input, bytes),
            ReadString(input, bytes)!,
            input.ReadVInt32(),
            input.ReadVInt32(),
            ReadString(input, bytes),
            (SpeakerRole)input.ReadVInt32(),
            new TextSpan(input.ReadVInt32(), input.ReadVInt32()),
            input.ReadVInt32(),
            Score: 0,
            Matches: [],
            Context: NoContext);
        return new PassageRecord(hit, ReadFileLines(input), ReadString(input, bytes)!);
    }

    /// <summary>Room for every string at three bytes a character and a length, and the numbers.</summary>
    private int Budget() =>
        3 * (Hit.TranscriptId.Length + (Hit.CaseId?.Length ?? 0) + Hit.Language.Length + (Hit.Speaker?.Length ?? 0) + Text.Length) + 5 * (12 + FileLines.Count);

    private static int[] ReadFileLines(ByteArrayDataInput input)
    {
        var lines = new int[input.ReadVInt32()];
        for (int i = 0; i < lines.Length; i++) lines[i] = input.ReadVInt32();
        return lines;
    }

    /// <summary>A string as its UTF-8 length plus one (zero for null), then its bytes.</summary>
    private static void Write(ByteArrayDataOutput output, string? value)
    {
        if (value is null)
        {
            output.WriteVInt32(0);
            return;
        }
        var bytes = Encoding.UTF8.GetBytes(value);
        output.WriteVInt32(bytes.Length + 1);
        output.WriteBytes(bytes, 0, bytes.Length);
    }

    private static string? ReadString(ByteArrayDataInput input, BytesRef bytes)
    {
        int length = input.ReadVInt32() - 1;
        if (length < 0) return null;
        var value = Encoding.UTF8.GetString(bytes.Bytes, input.Position, length);
        input.SkipBytes(length);
        return value;
    }
}
