using Codebook.Core.Text;

namespace Codebook.Core.Search;

/// <summary>How much an index holds, for messages: "17 transcripts, 812 passages".</summary>
public sealed record IndexSize(int Transcripts, int Passages)
{
    public override string ToString() =>
        $"{Counted.Of(Transcripts, "transcript")}, {Counted.Of(Passages, "passage")}";
}
