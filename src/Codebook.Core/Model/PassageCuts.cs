using System.Collections;

namespace Codebook.Core.Model;

/// <summary>A transcript's passages as the store keeps them: the turn, start and end of each, three numbers in one
/// array (<paramref name="cuts"/>), each <see cref="Passage"/> made when it is asked for. Analyses read the outlines of every coded transcript
/// (some 450,000 passages at 100 MB of text) and look passages up by binary search (<see cref="Passages.Touched"/>),
/// so an object per passage was mostly work for the garbage collector.</summary>
public sealed class PassageCuts(string transcriptId, int[] cuts) : IReadOnlyList<Passage>
{
    public int Count => cuts.Length / 3;

    public Passage this[int index] => new(transcriptId, index, cuts[3 * index], SpanOf(index));

    public TextSpan SpanOf(int index) => new(cuts[3 * index + 1], cuts[3 * index + 2]);

    public IEnumerator<Passage> GetEnumerator()
    {
        for (int i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
