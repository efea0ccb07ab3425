using System.Text.RegularExpressions;
using Codebook.Core.Text;

namespace Codebook.Formats.Transcripts;

/// <summary>Decides which label candidates of one file are speakers. A name-like label must recur, be declared, be a
/// known interviewer label, stand where the line's form shows a turn (a timestamp, bold, a <c>(ROLE)</c>), or have the
/// shape of the file's recurring labels (a one-off <c>P7</c> among <c>P3</c>s, <c>PARTICIPANT 3</c>); so a one-off
/// "Résultat : rien." inside a turn stays text.</summary>
internal sealed partial class SpeakerLabels(IEnumerable<string> declared)
{
    /// <summary>In a file where no label recurs, single labels are trusted only when they open this share of its lines.</summary>
    private const double TinyFileShare = 1.0 / 3;

    private readonly HashSet<string> declaredKeys = declared.Select(Folding.LabelKey).ToHashSet(StringComparer.Ordinal);

    public bool IsPlausible(string name) =>
        declaredKeys.Contains(Folding.LabelKey(name)) || SpeakerNames.IsInterviewerLabel(name) || SpeakerNames.IsNameLike(name);

    /// <summary>The label keys accepted as speakers, given every candidate and the number of non-blank lines.</summary>
    public HashSet<string> Accept(IReadOnlyList<LabelCandidate> candidates, int lines)
    {
        var byKey = candidates.Where(c => c.Name is not null).GroupBy(c => Folding.LabelKey(c.Name!))
            .ToDictionary(g => g.Key, g => (Count: g.Count(), TurnForm: g.Any(c => c.TurnForm)), StringComparer.Ordinal);
        var recurring = byKey.Where(pair => pair.Value.Count >= 2).Select(pair => pair.Key).ToList();
        bool tiny = recurring.Count == 0 && byKey.Values.Sum(v => v.Count) >= TinyFileShare * lines;
        var shapes = recurring.Select(Shape).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return byKey
            .Where(pair => tiny || pair.Value.Count >= 2 || pair.Value.TurnForm || declaredKeys.Contains(pair.Key)
                           || SpeakerNames.IsInterviewerLabel(pair.Key) || Shape(pair.Key) is { } shape && shapes.Contains(shape))
            .Select(pair => pair.Key)
            .ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The layout of a label (a key): letters then a number ("P7", "E12", "PARTICIPANT 3") as "P#", "E#",
    /// "PARTICIPANT #"; full names of two to four words ("Sonia Branca", "Marie-Claire Dupuis") by their number of
    /// words; null for one-word names, whose shape says nothing ("Résultat : rien.").</summary>
    private static string? Shape(string key)
    {
        var match = CodedLabel().Match(key);
        if (match.Success) return match.Groups["letters"].Value + match.Groups["space"].Value + "#";
        int words = key.Split(' ').Length;
        return words >= 2 && !key.Any(char.IsDigit) ? $"{words} words" : null;
    }

    [GeneratedRegex(@"^(?<letters>\p{L}{1,20})(?<space> ?)\d{1,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodedLabel();
}
