using Codebook.Core.Model;
using Codebook.Formats.Transcripts;

namespace Codebook.Formats.Tests.Transcripts;

/// <summary>Excerpts of real interviews (tests/data/transcripts: the CFPP2000 corpus, a thesis' annex), read as a new user
/// would import them: speakers, roles, notes and spoken words compared with what was counted by hand in the files.</summary>
[TestClass]
public sealed class RealTranscriptTests
{
    private static Transcript Read(string name) => TranscriptReader.Read(Path.Combine(TestFiles.RealTranscripts, name)).Transcript;

    private static Turn TurnStarting(Transcript t, string words) =>
        t.Turns.Single(turn => t.Text.AsSpan(turn.Words.Start, turn.Words.Length).StartsWith(words, StringComparison.Ordinal));

    private static Dictionary<string, (int Turns, SpeakerRole Role, RoleDecision DecidedBy)> Speakers(Transcript t) =>
        t.Turns.GroupBy(turn => turn.Speaker ?? "-")
            .ToDictionary(g => g.Key, g => (g.Count(), g.First().Role, g.First().RoleDecidedBy));

    [TestMethod]
    public void InterviewerMarkedEnqAfterHerNameAndASpeakerWhoSpeaksOnce()
    {
        var t = Read("cfpp-schmidt-17e.md");

        var speakers = Speakers(t);
        CollectionAssert.AreEquivalent(new[] { "Sonia Branca", "Jean-Frédéric", "Monette", "Jean-Paul" }, speakers.Keys);
        Assert.AreEqual((13, SpeakerRole.Interviewer, RoleDecision.Marker), speakers["Sonia Branca"]);
        Assert.AreEqual((17, SpeakerRole.Participant, RoleDecision.Default), speakers["Jean-Frédéric"]);
        Assert.AreEqual((9, SpeakerRole.Participant, RoleDecision.Default), speakers["Monette"]);
        Assert.AreEqual((1, SpeakerRole.Participant, RoleDecision.Default), speakers["Jean-Paul"]);

        // Counted by hand: "xxxx" is inaudible, "[voix rieuse]", "[mm mm]" and "[?]" are the transcriber's.
        Assert.AreEqual(2, SpokenWords.Of(t.Text, TurnStarting(t, "oui oui")));
        Assert.AreEqual(2, SpokenWords.Of(t.Text, TurnStarting(t, "xxxx deux c'est")));
        Assert.AreEqual(2, SpokenWords.Of(t.Text, TurnStarting(t, "c'est classique [voix rieuse]")));
        Assert.AreEqual(5, SpokenWords.Of(t.Text, TurnStarting(t, "comme ilse fait [mm mm]")));
        Assert.AreEqual(3, SpokenWords.Of(t.Text, TurnStarting(t, "et toi Monette [?]")));
        Assert.AreEqual(1048, t.WordCount);
    }

    [TestMethod]
    public void FrontMatterShiftsTheFileLinesOfARealMarkdownTranscript()
    {
        var t = Read("cfpp-schmidt-17e.md");

        // The front matter takes file lines 1-4 and a blank line 5: the first turn is on line 6 of the file.
        Assert.AreEqual(6, t.FileLine(t.Turns[0].Line));
        Assert.AreEqual(45, t.FileLine(t.Turns[^1].Line));
        Assert.AreEqual(44, t.FileLine(TurnStarting(t, "oui oui").Line));
    }

    [TestMethod]
    public void InterviewerMarkedEnqInParenthesesWithADot()
    {
        var t = Read("cfpp-duprat-bagnolet.txt");

        var speakers = Speakers(t);
        Assert.HasCount(2, speakers);
        Assert.AreEqual((20, SpeakerRole.Interviewer, RoleDecision.Marker), speakers["Océane Advocat"]);
        Assert.AreEqual((20, SpeakerRole.Participant, RoleDecision.Default), speakers["Guylaine"]);
        Assert.AreEqual(2, SpokenWords.Of(t.Text, TurnStarting(t, "[rire] dédicace d'accord")));
        Assert.AreEqual(1, SpokenWords.Of(t.Text, TurnStarting(t, "voilà [rire]")));
        Assert.AreEqual(15, SpokenWords.Of(t.Text, TurnStarting(t, "euh + si + si si moi")));
        Assert.AreEqual(631, t.WordCount);
    }

    [TestMethod]
    public void WebVTTVoicesWithAnEnqMarkerMergeCuesAndCiteTheCueLines()
    {
        var t = Read("cfpp-samvarian-2e.vtt");

        var speakers = Speakers(t);
        Assert.HasCount(2, speakers);
        Assert.AreEqual(SpeakerRole.Interviewer, speakers["Sonia Branca-Rosoff"].Role);
        Assert.AreEqual(RoleDecision.Marker, speakers["Sonia Branca-Rosoff"].DecidedBy);
        Assert.AreEqual(SpeakerRole.Participant, speakers["Léa"].Role);
        Assert.HasCount(21, t.Turns, "24 cues, three of them going on with the speaker of the cue before");

        var first = TurnStarting(t, "bon + alors Léa");
        Assert.AreEqual(17, SpokenWords.Of(t.Text, first));
        Assert.AreEqual(4, t.FileLine(first.Line), "WEBVTT, a blank line and the timing come first");
        Assert.AreEqual(7, t.FileLine(t.Turns[1].Line));
        Assert.AreEqual(9, SpokenWords.Of(t.Text, TurnStarting(t, "parce qu'il y avait de la famille")));
        Assert.AreEqual(15, SpokenWords.Of(t.Text, TurnStarting(t, "mm mm donc ils ont souhaité")));
        Assert.AreEqual(545, t.WordCount);
    }

    [TestMethod]
    public void AThesisInterviewKeepsItsHeaderObservationNotesAndGuideFieldsOutOfTheSpeech()
    {
        var t = Read("bookthesis-entrevista-e2.md");

        var speakers = Speakers(t);
        Assert.AreEqual((6, SpeakerRole.Interviewer, RoleDecision.Marker), speakers["ENTREVISTADOR"]);
        Assert.AreEqual((8, SpeakerRole.Participant, RoleDecision.Default), speakers["E2"]);
        Assert.AreEqual((8, SpeakerRole.Note, RoleDecision.None), speakers["-"]);

        // The header (heading, **Fecha:** …, the interviewer's context notes, the checklist) is one note, up to the first question.
        var header = t.Turns[0];
        Assert.AreEqual((1, 52), (header.Line, header.EndLine));
        Assert.AreEqual(SpeakerRole.Note, TurnStarting(t, "**[NOTAS DE OBSERVACIÓN]:** Gesticula").Role);
        Assert.AreEqual(SpeakerRole.Note, t.Turns.Single(turn => turn.Line <= 98 && turn.EndLine >= 98).Role, "the guide's probe field");

        // Counted by hand: "[sonríe]", "[ríe]" and "[NO APLICÓ]" are the transcriber's; "100" is a word.
        Assert.AreEqual(14, SpokenWords.Of(t.Text, TurnStarting(t, "Frank Mason.")));
        Assert.AreEqual(19, SpokenWords.Of(t.Text, TurnStarting(t, "Mmm... diría que ocho años")));
        Assert.AreEqual(33, SpokenWords.Of(t.Text, TurnStarting(t, "Soy 100% ficción.")));
        Assert.AreEqual(5, SpokenWords.Of(t.Text, TurnStarting(t, "Años de experiencia como guionista:")));
        Assert.AreEqual(0, SpokenWords.Of(t.Text, TurnStarting(t, "[NO APLICÓ]")));
        Assert.AreEqual(309, t.WordCount);
    }
}
