using Codebook.Core.Codings;
using Codebook.Core.Errors;
using Codebook.Core.Model;
using Codebook.Core.Time;

namespace Codebook.Core.Tests.Codings;

/// <summary>Codings named by quotes: applied as their coders, one change per coder, and a bad entry named by file
/// and line with nothing changed.</summary>
[TestClass]
public sealed class QuotedCodingApplierTests
{
    private static QuotedCodingApplier Applier(Interview interview) => new(interview.Store, new Coder("importer"), SystemClock.Instance);

    private static QuotedCoding Entry(string theme, string quote, string? coder = "ana", int line = 3, string transcript = "fr01") =>
        new(transcript, theme, coder, quote, null, $"codings.yaml:{line}");

    [TestMethod]
    public void EachEntryIsCodedOnItsQuoteByItsCoderInOneChangePerCoder()
    {
        using var interview = new Interview();
        var before = interview.Store.Changes().Count;

        var added = Applier(interview).Apply(
        [
            Entry("resistance", "On a commencé à anonymiser les CV."),
            Entry("numbers", "Les chiffres, toujours les Chiffres.", coder: "luis"),
            Entry("numbers", "Les chiffres, toujours les Chiffres."),
            Entry("resistance", "anonymiser", coder: null),
        ], "codings.yaml");

        CollectionAssert.AreEqual(
            new[] { "ana resistance On a commencé à anonymiser les CV.", "ana numbers Les chiffres, toujours les Chiffres.",
                "luis numbers Les chiffres, toujours les Chiffres.", "importer resistance anonymiser" },
            added.Select(c => $"{c.Coder} {c.ThemeId} {Interview.Text[c.Start..c.End]}").ToArray());
        var changes = interview.Store.Changes().Skip(before).ToList();
        CollectionAssert.AreEqual(new[] { "ana", "luis", "importer" }, changes.Select(c => c.Coder).ToArray());
        StringAssert.Contains(changes[0].Summary, "imported 2 codings by ana from codings.yaml");
    }

    [TestMethod]
    public void UndoTakesBackOneCodersImport()
    {
        using var interview = new Interview();
        Applier(interview).Apply([Entry("resistance", "anonymiser"), Entry("numbers", "toujours les Chiffres")], "codings.yaml");

        interview.Store.Undo("ana");

        Assert.IsEmpty(interview.Store.Codings());
    }

    [TestMethod]
    public void AQuoteNotInTheTranscriptIsNamedByFileAndLineAndNothingChanges()
    {
        using var interview = new Interview();

        var error = Assert.ThrowsExactly<CodebookException>(() => Applier(interview).Apply(
            [Entry("resistance", "anonymiser"), Entry("numbers", "les statistiques, toujours", line: 9)], "codings.yaml"));

        Assert.AreEqual(ErrorCode.NotFound, error.Code);
        Assert.AreEqual("codings.yaml:9", error.Where);
        StringAssert.Contains(error.Message, "\"les statistiques, toujours\" is not in fr01");
        Assert.IsEmpty(interview.Store.Codings());
    }

    [TestMethod]
    [DataRow("gaming", "anonymiser", "fr01", ErrorCode.NotFound, "no theme 'gaming'")]
    [DataRow("numbers", "anonymiser", "fr99", ErrorCode.NotFound, "no transcript 'fr99'")]
    [DataRow("numbers", "les chiffres", "fr01", ErrorCode.BadSpan, "occurs 2 times")]
    public void AnEntryThatCannotBeAppliedIsNamedByFileAndLine(string theme, string quote, string transcript, ErrorCode code, string message)
    {
        using var interview = new Interview();

        var error = Assert.ThrowsExactly<CodebookException>(() => Applier(interview).Apply([Entry(theme, quote, line: 12, transcript: transcript)], "codings.yaml"));

        Assert.AreEqual(code, error.Code);
        Assert.AreEqual("codings.yaml:12", error.Where);
        StringAssert.Contains(error.Message, message);
        Assert.IsEmpty(interview.Store.Codings());
    }

    [TestMethod]
    public void ARepeatedEntryOrASecondImportIsRefused()
    {
        using var interview = new Interview();
        var applier = Applier(interview);

        var repeated = Assert.ThrowsExactly<CodebookException>(() => applier.Apply([Entry("numbers", "anonymiser"), Entry("numbers", "ANONYMISER", line: 7)], "a.yaml"));
        applier.Apply([Entry("numbers", "anonymiser")], "a.yaml");
        var again = Assert.ThrowsExactly<CodebookException>(() => applier.Apply([Entry("numbers", "anonymiser", line: 4)], "a.yaml"));

        Assert.AreEqual((ErrorCode.AlreadyCoded, "codings.yaml:7"), (repeated.Code, repeated.Where));
        Assert.AreEqual((ErrorCode.AlreadyCoded, "codings.yaml:4"), (again.Code, again.Where));
        Assert.HasCount(1, interview.Store.Codings());
    }
}
