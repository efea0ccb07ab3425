using Codebook.Core.Errors;
using Codebook.Core.Model;
using Codebook.Core.Quotes;

namespace Codebook.Core.Tests.Quotes;

[TestClass]
public sealed class CitationTemplateTests
{
    private static readonly Case Fatima = new() { Id = "fatima", Name = "Fatima Alaoui", Attributes = new() { ["role"] = "union-delegate", ["commune"] = "Molenbeek" } };

    private static Quote Said(string? speaker, SpeakerRole role, TimeSpan? time = null, string? caseId = "fatima", string? date = null) => new(
        new Transcript { Id = "fr03-fatima", Title = "Entretien 03", Language = "fr", CaseId = caseId, Date = date },
        Fatima,
        new Theme { Id = "resistance", Label = "Resistance" },
        ["ana", "luis"],
        new TextSpan(10, 20),
        "texte",
        (12, 15),
        time,
        null,
        [],
        [new QuotePart(speaker, role, "texte")]);

    [TestMethod]
    public void TheDefaultCitesTheSpeakerTheInterviewTheFileLinesAndTheTimeWhereThereIsOne()
    {
        Assert.AreEqual("FATIMA, fr03-fatima, l. 12-15, 00:17:31", CitationTemplate.Standard.Render(Said("FATIMA", SpeakerRole.Participant, new TimeSpan(0, 17, 31))));
        Assert.AreEqual("FATIMA, fr03-fatima, l. 12-15", CitationTemplate.Standard.Render(Said("FATIMA", SpeakerRole.Participant)));
    }

    [TestMethod]
    public void TheDefaultNamesTheCaseWhenSomeoneElseSpeaks()
    {
        Assert.AreEqual("Adèle, Fatima Alaoui, fr03-fatima, l. 12-15", CitationTemplate.Standard.Render(Said("Adèle", SpeakerRole.Other)));
    }

    [TestMethod]
    public void EmptyPartsLeaveNoStrayCommasBracketsOrLabels()
    {
        var template = CitationTemplate.Parse("{speaker} ({speakerRole}), {case}, {role}, {transcript}, l. {lines}, t={time}", ["role"]);

        Assert.AreEqual("fr03-fatima, l. 12-15", template.Render(Said(null, SpeakerRole.None, caseId: null) with { Case = new Case { Id = "fr03-fatima" } }));
        Assert.AreEqual("Adèle (other), Fatima Alaoui, union-delegate, fr03-fatima, l. 12-15",
            template.Render(Said("Adèle", SpeakerRole.Other)));
        Assert.AreEqual("[fr03-fatima]", CitationTemplate.Parse("[{time}; {transcript}]", []).Render(Said(null, SpeakerRole.None)));
        Assert.AreEqual("", CitationTemplate.Parse("({time})", []).Render(Said(null, SpeakerRole.None)));
    }

    [TestMethod]
    public void AnyCaseAttributeDateAndBracesCanBeUsed()
    {
        var template = CitationTemplate.Parse("{{{speaker}}} {attr.commune} {commune}, {theme} ({coder}), {date}", ["commune", "missing"]);

        Assert.AreEqual("{Adèle} Molenbeek Molenbeek, Resistance (ana, luis), 2019-03-12", template.Render(Said("Adèle", SpeakerRole.Other, date: "2019-03-12")));
    }

    [TestMethod]
    public void AnUnknownPlaceholderIsNamedWithTheOnesThatExist()
    {
        var error = Assert.ThrowsExactly<CodebookException>(() => CitationTemplate.Parse("{speaker}, {gendre}", ["gender"]));

        Assert.AreEqual(ErrorCode.Usage, error.Code);
        StringAssert.Contains(error.Message, "{gendre}");
        StringAssert.Contains(error.Hint, "{attr.gender}");
        StringAssert.Contains(error.Hint, "{speakerRole}");
    }

    [TestMethod]
    public void AnUnclosedBraceIsAMistake()
    {
        Assert.AreEqual(ErrorCode.Usage, Assert.ThrowsExactly<CodebookException>(() => CitationTemplate.Parse("l. {lines", [])).Code);
    }
}
