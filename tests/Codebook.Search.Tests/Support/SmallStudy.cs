using Codebook.Core.Model;
using Codebook.Core.Search;
using Codebook.Search.Indexing;

namespace Codebook.Search.Tests.Support;

/// <summary>Three short interviews, two French and one Spanish, with cases, a theme tree and codings.
/// Passages are named "transcript#index".</summary>
internal static class SmallStudy
{
    public static readonly Transcript Nadia = Interview.Of("fr01-nadia", "fr", "nadia",
        "ENQ: Comment ça se passe à l’école des devoirs ?",
        "NADIA: Avant, à l'école, on parlait aux gens. Maintenant on a commencé à anonymiser les CV pour les protéger.",
        "NADIA: Les chiffres, toujours les chiffres, la pression du tableau de bord.",
        "NADIA: Moi j'ai résisté, c'est une forme de résistance.");

    public static readonly Transcript Lucia = Interview.Of("es01-lucia", "es", "lucia",
        "ENT: ¿Cómo fue la educación en su barrio?",
        "LUCÍA: Las cifras, siempre la cifra del mes, mucha presión.",
        "LUCÍA: Cerramos la puerta cuando llegamos a la cuota.");

    public static readonly Transcript Bernard = Interview.Of("fr02-bernard", "fr", "bernard",
        "ENQ: Et les résistances dans l’équipe ?",
        "BERNARD: Les résistances existent, mais les chiffres sont les chiffres.");

    public static readonly IReadOnlyList<Theme> Themes =
    [
        new() { Id = "resistance" },
        new() { Id = "anonymising", ParentId = "resistance" },
        new() { Id = "closing-doors", ParentId = "resistance" },
        new() { Id = "pressure" },
    ];

    public static IReadOnlyList<Coding> Codings =>
    [
        Code(Nadia, 1, "anonymising", "ana", "anonymiser les CV"),
        Code(Nadia, 2, "pressure", "ana", "la pression"),
        Code(Lucia, 1, "pressure", "ben", "mucha presión"),
        Code(Lucia, 2, "closing-doors", "ben", "Cerramos la puerta"),
        Code(Bernard, 1, "pressure", "ana", "les chiffres"),
    ];

    public static IEnumerable<IndexedTranscript> All() =>
    [
        With(Nadia, Case("nadia", "frontline-worker", "croissant")),
        With(Lucia, Case("lucia", "frontline-worker", "croissant")),
        With(Bernard, Case("bernard", "manager", "south-east")),
    ];

    public static IndexedTranscript With(Transcript transcript, Case @case) =>
        new(transcript, @case, Codings.Where(c => c.TranscriptId == transcript.Id).ToList(), Themes);

    public static Case Case(string id, string role, string territory) => new()
    {
        Id = id,
        Attributes = new(StringComparer.Ordinal) { ["role"] = role, ["Territory"] = territory },
    };

    /// <summary>A coding of the first occurrence of <paramref name="words"/> in a turn.</summary>
    private static Coding Code(Transcript transcript, int turn, string theme, string coder, string words)
    {
        var span = transcript.Turns[turn].Words;
        var start = transcript.Text.IndexOf(words, span.Start, span.Length, StringComparison.Ordinal);
        return new Coding { TranscriptId = transcript.Id, ThemeId = theme, Coder = coder, Start = start, End = start + words.Length };
    }
}
