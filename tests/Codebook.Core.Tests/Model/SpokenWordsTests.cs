using Codebook.Core.Model;

namespace Codebook.Core.Tests.Model;

[TestClass]
public sealed class SpokenWordsTests
{
    [TestMethod]
    [DataRow("et vous + vous travaillez où ?", 5)]
    [DataRow("à la mission locale [?] depuis /// depuis dix ans (.) enfin xxx neuf ans.", 11)]
    [DataRow("[rires] c'est long hein [voix rieuse]", 3)]
    [DataRow("Oui (rires) presque, (silencio) (Risas) vale.", 3)]
    [DataRow("mm mm donc ils ont souhaité venir + (oui) pa- pour le travail ?", 12)]
    [DataRow("XXX deux c'est xxxx", 2)]
    [DataRow("exact, un taxi x", 4)]
    [DataRow("deux mots xX", 2)]
    [DataRow("x", 1)]
    [DataRow("xx", 0)]
    [DataRow("un crochet [jamais fermé", 4)]
    [DataRow("", 0)]
    public void Counts_the_words_said_not_the_transcribers_marks(string speech, int words) =>
        Assert.AreEqual(words, SpokenWords.In(speech));

    [TestMethod]
    public void ATranscriptCountsItsSpeechTurnsWithoutLabelsTimestampsOrNotes()
    {
        const string text = "# Entretien\n[00:00:01] ENQ: Vous êtes où ?\n(rires)\n[00:00:04] Ana: À Bruxelles [rires], depuis 2015.";
        var transcript = new Transcript
        {
            Text = text,
            Turns =
            [
                Turn(text, "# Entretien", SpeakerRole.Note),
                Turn(text, "Vous êtes où ?", SpeakerRole.Interviewer),
                Turn(text, "(rires)", SpeakerRole.Note),
                Turn(text, "À Bruxelles [rires], depuis 2015.", SpeakerRole.Participant),
            ],
        };

        Assert.AreEqual(3 + 4, transcript.WordCount);
        Assert.AreEqual(0, SpokenWords.Of(text, transcript.Turns[0]));
        Assert.AreEqual(4, SpokenWords.Of(text, transcript.Turns[3]));
    }

    private static Turn Turn(string text, string words, SpeakerRole role)
    {
        int start = text.IndexOf(words, StringComparison.Ordinal);
        return new Turn { Role = role, Words = new TextSpan(start, start + words.Length) };
    }
}
