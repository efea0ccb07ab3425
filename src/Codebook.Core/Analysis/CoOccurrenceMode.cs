using Codebook.Core.Errors;

namespace Codebook.Core.Analysis;

/// <summary>When two codings meet: their spans overlap, or the passages they touch are at most <see cref="Window"/>
/// passages apart (0: a passage in common).</summary>
public sealed record CoOccurrenceMode(bool Overlap, int Window)
{
    public static CoOccurrenceMode Overlapping { get; } = new(true, 0);

    public static CoOccurrenceMode SamePassage { get; } = new(false, 0);

    public static CoOccurrenceMode Within(int passages) => new(false, passages);

    /// <summary>"overlap", "passage" or "within:N" ("window:N" is taken too).</summary>
    public static CoOccurrenceMode Parse(string text)
    {
        if (text == "overlap") return Overlapping;
        if (text == "passage") return SamePassage;
        var parts = text.Split(':', 2);
        if (parts is ["within" or "window", var number] && int.TryParse(number, out int n) && n >= 0) return Within(n);
        throw new CodebookException(ErrorCode.Usage, $"unknown co-occurrence mode '{text}'", null,
            "use overlap, passage or within:N (N passages apart at most, N >= 0)");
    }

    public override string ToString() => Overlap ? "overlap" : Window == 0 ? "passage" : $"within:{Window}";
}
