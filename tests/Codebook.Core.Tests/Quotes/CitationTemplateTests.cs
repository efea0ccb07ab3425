using Codebook.Core.Errors;
using Codebook.Core.Model;
using Codebook.Core.Quotes;

namespace Codebook.Core.Tests.Quotes;

[TestClass]
public sealed class CitationTemplateTests
{
    private static readonly Quote Sample = new(
        new Transcript { Id = "fr03-fatima", Title = "Entretien 03", Language = "fr" },
        new Case { Id = "fatima", Name = "fatima", Attributes = new() { ["pseudonym"] = "Fatima", ["role"] = "union-delegate", ["commune"] = "Molenbeek" } },
        new Theme { Id = "resistance", Label = "Resistance" },
        ["ana", "luis"],
        new TextSpan(10, 20),
        "texte",
        (12, 15),
        new TimeSpan(0, 17, 31),
        null,
        []);

    [TestMethod]
    public void TheDefaultCitesPseudonymRoleTranscriptAndLines()
    {
        Assert.AreEqual("Fatima, union-delegate, fr03-fatima, l. 12-15", CitationTemplate.Parse(CitationTemplate.Default, []).Render(Sample));
        Assert.AreEqual("Fatima, union-delegate, fr03-fatima, l. 12-15, 00:17:31", CitationTemplate.Parse(CitationTemplate.DefaultTimed, []).Render(Sample));
    }

    [TestMethod]
    public void AnyCaseAttributeAndBracesCanBeUsed()
    {
        var template = CitationTemplate.Parse("{{{pseudonym}}} {commune}, {theme} ({coder}), {missing}", ["commune", "missing"]);

        Assert.AreEqual("{Fatima} Molenbeek, Resistance (ana, luis), ", template.Render(Sample));
    }

    [TestMethod]
    public void AnUnknownPlaceholderIsNamed()
    {
        var error = Assert.ThrowsExactly<CodebookException>(() => CitationTemplate.Parse("{pseudonym}, {gendre}", ["gender"]));

        Assert.AreEqual(ErrorCode.Usage, error.Code);
        StringAssert.Contains(error.Message, "{gendre}");
        StringAssert.Contains(error.Hint, "{gender}");
    }

    [TestMethod]
    public void AnUnclosedBraceIsAMistake()
    {
        Assert.AreEqual(ErrorCode.Usage, Assert.ThrowsExactly<CodebookException>(() => CitationTemplate.Parse("l. {lines", [])).Code);
    }
}
