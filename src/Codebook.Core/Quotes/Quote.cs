using Codebook.Core.Model;

namespace Codebook.Core.Quotes;

/// <summary>A passage picked for a manuscript, with what its citation needs. Codings of the same span and theme by
/// several coders are one quote.</summary>
/// <param name="Theme">The coding's theme; null for a query hit.</param>
/// <param name="Text">The spoken words of the span: its parts' words, a blank line between speakers.</param>
/// <param name="Lines">First and last line of the imported file the spoken words come from (<see cref="Transcript.FileLine"/>).</param>
/// <param name="Start">The timestamp of the turn the quote starts in, when the transcript has one.</param>
/// <param name="End">The timestamp of the turn after the quote's last one, when there is one.</param>
/// <param name="Memos">The codings' memos, then memos written on the codings.</param>
/// <param name="Spoken">Who said what, in order; null for text without turns (one part, no speaker).</param>
public sealed record Quote(
    Transcript Transcript,
    Case Case,
    Theme? Theme,
    IReadOnlyList<string> Coders,
    TextSpan Span,
    string Text,
    (int First, int Last) Lines,
    TimeSpan? Start,
    TimeSpan? End,
    IReadOnlyList<string> Memos,
    IReadOnlyList<QuotePart>? Spoken = null)
{
    public IReadOnlyList<QuotePart> Parts => Spoken ?? [new QuotePart(null, Model.SpeakerRole.None, Text)];

    /// <summary>"12-15", or "12" for a one-line quote.</summary>
    public string LineText => Lines.First == Lines.Last ? $"{Lines.First}" : $"{Lines.First}-{Lines.Last}";

    /// <summary>Who speaks, in order of speaking: "Adèle", or "ENQ / Lucie" for a quote across turns.</summary>
    public string Speaker => Joined(Parts.Select(p => p.Speaker ?? ""));

    public string SpeakerRole => Joined(Parts.Select(p => p.RoleName));

    /// <summary>The case, when the transcript names one (a transcript without a case is its own case, not cited).</summary>
    public bool HasCase => Transcript.CaseId is not null;

    private static string Joined(IEnumerable<string> names) => string.Join(" / ", names.Where(n => n.Length > 0).Distinct());
}
