using System.Globalization;
using System.Text;
using Codebook.Core.Model;

namespace Codebook.Formats.Refi;

/// <summary>A text source as another tool wrote it, and the same text as Codebook keeps it (no BOM, LF line ends,
/// Unicode NFC), with the way from a position in the tool's counting to an offset in ours. A position inside a
/// character that normalisation joins (a letter and its combining accent) widens the span to the whole character.</summary>
internal sealed class SourceText
{
    private readonly string _raw;
    private readonly int[] _startAt;
    private readonly int[] _endAt;
    private readonly Dictionary<OffsetConvention, int[]> _positions = [];

    public SourceText(string raw)
    {
        _raw = raw.StartsWith('\uFEFF') ? raw[1..] : raw;
        _startAt = new int[_raw.Length + 1];
        _endAt = new int[_raw.Length + 1];
        var text = new StringBuilder(_raw.Length);
        for (int i = 0, next; i < _raw.Length; i = next)
        {
            string piece;
            if (_raw[i] == '\r')
            {
                next = i + 1 < _raw.Length && _raw[i + 1] == '\n' ? i + 2 : i + 1;
                piece = "\n";
            }
            else
            {
                next = After(i);
                while (next < _raw.Length && IsMark(next)) next = After(next);
                piece = _raw[i..next].Normalize(NormalizationForm.FormC);
            }
            var before = text.Length;
            text.Append(piece);
            for (var k = i; k < next; k++)
            {
                _startAt[k] = before;
                _endAt[k] = k == i ? before : text.Length;
            }
        }
        _startAt[_raw.Length] = _endAt[_raw.Length] = text.Length;
        Text = text.ToString();
    }

    /// <summary>The normalised text, as the transcript will hold it.</summary>
    public string Text { get; }

    public bool HasCrLf => _raw.Contains("\r\n", StringComparison.Ordinal);

    /// <summary>The span in <see cref="Text"/> for positions <c>[start, end)</c> counted the tool's way; null when they fall outside the text.</summary>
    public TextSpan? Map(OffsetConvention convention, long start, long end)
    {
        var positions = Positions(convention);
        if (start < 0 || end > positions.Length - 1 || start >= end) return null;
        var span = new TextSpan(_startAt[positions[start]], _endAt[positions[end]]);
        return span.Length > 0 ? span : null;
    }

    /// <summary>The index into the raw text of every position the convention counts, and one past the end.</summary>
    private int[] Positions(OffsetConvention convention)
    {
        if (_positions.TryGetValue(convention, out var known)) return known;
        var positions = new List<int>(_raw.Length + 1);
        for (var i = 0; i < _raw.Length; i++)
        {
            if (!convention.Utf16Units && char.IsLowSurrogate(_raw[i]) && i > 0 && char.IsHighSurrogate(_raw[i - 1])) continue;
            if (convention.CrLfAsOne && _raw[i] == '\n' && i > 0 && _raw[i - 1] == '\r') continue;
            positions.Add(i);
        }
        positions.Add(_raw.Length);
        return _positions[convention] = positions.ToArray();
    }

    private int After(int i) => char.IsSurrogatePair(_raw, i) ? i + 2 : i + 1;

    private bool IsMark(int i) => CharUnicodeInfo.GetUnicodeCategory(_raw, i) is
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}
