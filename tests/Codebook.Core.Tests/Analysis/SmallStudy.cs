using Codebook.Core.Analysis;
using Codebook.Core.Model;

namespace Codebook.Core.Tests.Analysis;

/// <summary>Three short interviews, three themes and seven codings, small enough to count by hand (each test
/// says how its numbers come about).
/// t1 (case c1, role worker): p0 "ENQ : Bonjour." p1 "ANA : Les chiffres comptent. On triche un peu." p2 "ENQ : Pourquoi ?"
/// p3 "ANA : Le quota ferme la porte."
/// t2 (case c2, role manager): p0 "LEO : Les tableaux de bord partout." p1 "ENQ : Et alors ?" p2 "LEO : Nous contournons."
/// t3 (no case): p0 "ZOE : Rien à dire."
/// Themes: numbers with its sub-theme quotas, and resistance.</summary>
internal static class SmallStudy
{
    public static readonly Transcript T1 = Interview("t1", "c1", 1,
        ("ENQ", "Bonjour."), ("ANA", "Les chiffres comptent. On triche un peu."), ("ENQ", "Pourquoi ?"), ("ANA", "Le quota ferme la porte."));

    public static readonly Transcript T2 = Interview("t2", "c2", 2,
        ("LEO", "Les tableaux de bord partout."), ("ENQ", "Et alors ?"), ("LEO", "Nous contournons."));

    public static readonly Transcript T3 = Interview("t3", null, 3, ("ZOE", "Rien à dire."));

    public static readonly Case[] Cases =
    [
        new() { Id = "c1", Name = "Ana", Attributes = { ["role"] = "worker" } },
        new() { Id = "c2", Name = "Léo", Attributes = { ["role"] = "manager" } },
    ];

    public static readonly Theme[] Themes =
    [
        new() { Id = "resistance", Order = 2 },
        new() { Id = "numbers", Order = 1 },
        new() { Id = "quotas", ParentId = "numbers" },
    ];

    public static readonly Coding[] Codings =
    [
        Code("k1", T1, "numbers", "Les chiffres comptent.", 10, 0),
        Code("k2", T1, "resistance", "On triche un peu.", 10, 1),
        Code("k3", T1, "quotas", "Le quota ferme la porte.", 10, 2),
        Code("k4", T1, "numbers", "chiffres comptent. On triche", 10, 3),
        Code("k5", T2, "numbers", "Les tableaux de bord partout.", 9, 0),
        Code("k6", T2, "resistance", "Nous contournons.", 9, 5),
        Code("k7", T1, "gone", "Bonjour", 11, 0),
    ];

    public static AnalysisScope Scope(PassageRestriction? restriction = null) =>
        new([T3, T2, T1], Cases, Themes, Codings, restriction);

    public static Transcript Interview(string id, string? caseId, int importedDay, params (string Speaker, string Words)[] turns)
    {
        var transcript = new Transcript { Id = id, Title = $"Interview {id}", CaseId = caseId, ImportedAt = new DateTime(2024, 1, importedDay) };
        var text = "";
        foreach (var (speaker, words) in turns)
        {
            var label = $"{speaker} : ";
            transcript.Turns.Add(new Turn
            {
                Index = transcript.Turns.Count, Speaker = speaker,
                Label = new TextSpan(text.Length, text.Length + label.Length),
                Words = new TextSpan(text.Length + label.Length, text.Length + label.Length + words.Length),
            });
            text += label + words + "\n";
        }
        transcript.Text = text;
        return transcript;
    }

    public static Coding Code(string id, Transcript transcript, string theme, string part, int hour, int minute)
    {
        int start = transcript.Text.IndexOf(part, StringComparison.Ordinal);
        return new Coding
        {
            Id = id, TranscriptId = transcript.Id, ThemeId = theme, Start = start, End = start + part.Length,
            CreatedAt = new DateTime(2024, 2, 1, hour, minute, 0),
        };
    }
}
