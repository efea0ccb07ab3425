using Codebook.Core.Model;
using Codebook.Core.Pseudonyms;

namespace Codebook.Core.Quotes;

/// <summary>Whether a speaker is the case their interview is about: the same name, or part of it ("LUCIE" in the
/// case "Lucie da Silva"), ignoring case and accents, or the case's id or pseudonym.</summary>
public static class CaseSpeaker
{
    public static bool Is(string? speaker, Case @case)
    {
        var words = NamePattern.WordsOf(Pseudonymiser.KeyOf(speaker ?? ""));
        if (words.Count == 0) return false;
        var caseWords = new[] { @case.Name, @case.Id, @case.Attributes.GetValueOrDefault("pseudonym") ?? "" }
            .SelectMany(n => NamePattern.WordsOf(Pseudonymiser.KeyOf(n))).ToHashSet(StringComparer.Ordinal);
        return words.All(caseWords.Contains);
    }

    /// <summary>How a quote names the speaker: the case's <c>pseudonym</c> attribute when the speaker is the case, else the label.</summary>
    public static string? NameOf(string? speaker, Case @case) =>
        @case.Attributes.GetValueOrDefault("pseudonym") is { Length: > 0 } pseudonym && Is(speaker, @case) ? pseudonym : speaker;
}
