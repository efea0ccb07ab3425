using Codebook.Core.Model;
using Codebook.Core.Revisions;

namespace Codebook.Core.Tests.Revisions;

[TestClass]
public sealed class OffsetMapTests
{
    private const string Old = "NADIA : On a commencé à anonymiser les CV des jeunes. Voilà.";
    private const string Coded = "anonymiser les CV";

    /// <summary>The text the coding covers after <see cref="Old"/> became <paramref name="newText"/>, or null.</summary>
    private static string? Carry(string newText, string coded = Coded, string oldText = Old)
    {
        var start = oldText.IndexOf(coded, StringComparison.Ordinal);
        Assert.IsGreaterThanOrEqualTo(0, start, $"'{coded}' is not in the old text");
        var map = new OffsetMap(oldText, newText, SingleEdit.Runs(oldText, newText));
        return map.Map(new TextSpan(start, start + coded.Length)) is { } span ? newText[span.Start..span.End] : null;
    }

    [TestMethod]
    [DataRow("NADIA : Alors, on a commencé à anonymiser les CV des jeunes. Voilà.", DisplayName = "insertion before")]
    [DataRow("NADIA : On a commencé à anonymiser les CV des jeunes du quartier. Voilà.", DisplayName = "insertion after")]
    [DataRow("NADIA : On a commencé à vite anonymiser les CV des jeunes. Voilà.", DisplayName = "insertion touching the start")]
    [DataRow("NADIA : On a commencé à anonymiser les CV, des jeunes. Voilà.", DisplayName = "insertion touching the end")]
    [DataRow("NADIA : On a commencé anonymiser les CV des jeunes. Voilà.", DisplayName = "deletion touching the start")]
    [DataRow("NADIA : On a commencé à anonymiser les CV. Voilà.", DisplayName = "deletion touching the end")]
    [DataRow("NADIA : On a commencé à anonymiser les CV des jeunes.", DisplayName = "deletion at the end of the text")]
    [DataRow(Old, DisplayName = "no change")]
    public void EditsOutsideTheSpanLeaveItsTextAsItWas(string newText) => Assert.AreEqual(Coded, Carry(newText));

    [TestMethod]
    [DataRow("NADIA : On a commencé à anonymiser tous les CV des jeunes. Voilà.", "anonymiser tous les CV", DisplayName = "insertion inside")]
    [DataRow("NADIA : On a commencé à anonymiser leurs CV des jeunes. Voilà.", "anonymiser leurs CV", DisplayName = "a word replaced inside")]
    [DataRow("NADIA : On a commencé à anonymiser CV des jeunes. Voilà.", "anonymiser CV", DisplayName = "a word deleted inside")]
    [DataRow("NADIA : On a commencé à anonimiser les CV des jeunes. Voilà.", "anonimiser les CV", DisplayName = "a typo at the start")]
    [DataRow("NADIA : On a commencé à anonymiser les C.V. des jeunes. Voilà.", "anonymiser les C.V.", DisplayName = "a word changed at the end")]
    [DataRow("NADIA : On a commencé à masquer les CV des jeunes. Voilà.", "masquer les CV", DisplayName = "the first word replaced")]
    [DataRow("NADIA : On a commencé à les CV des jeunes. Voilà.", "les CV", DisplayName = "the first word deleted")]
    [DataRow("NADIA : On a commencé à anonymiser des jeunes. Voilà.", "anonymiser", DisplayName = "the last words deleted")]
    [DataRow("NADIA : On a commencé à cacher leurs noms des jeunes. Voilà.", "cacher leurs noms", DisplayName = "the whole span replaced")]
    public void EditsInsideTheSpanMoveItsEnds(string newText, string expected) => Assert.AreEqual(expected, Carry(newText));

    [TestMethod]
    [DataRow("NADIA : On a commencé à  des jeunes. Voilà.", DisplayName = "the span deleted")]
    [DataRow("NADIA : On a commencé à des jeunes. Voilà.", DisplayName = "the span and a space deleted")]
    [DataRow("NADIA : Voilà.", DisplayName = "the whole sentence deleted")]
    [DataRow("", DisplayName = "everything deleted")]
    [DataRow("MARIE : Bonjour, asseyez-vous donc. Voilà.", DisplayName = "the text around it rewritten")]
    public void ASpanWhoseTextWasDeletedCannotBePlaced(string newText) => Assert.IsNull(Carry(newText));

    [TestMethod]
    [DataRow("NADIA : On a commencé au tri: les CV des jeunes. Voilà.", "anonymiser les CV des jeunes", "les CV des jeunes", DisplayName = "a replacement reaching in from before")]
    [DataRow("NADIA : On a commencé à des jeunes. Voilà.", "On a commencé à anonymiser", "On a commencé à", DisplayName = "a deletion reaching out past the end")]
    [DataRow("NADIA : On a commencé à anonymiser les dossiers de tous les jeunes. Voilà.", "commencé à anonymiser les CV", "commencé à anonymiser les", DisplayName = "a replacement reaching out past the end")]
    public void AnEditReachingInFromOutsideCutsTheSpanBack(string newText, string coded, string expected) =>
        Assert.AreEqual(expected, Carry(newText, coded));

    [TestMethod]
    [DataRow("NADIA : On a commencé au tri: les CV des jeunes. Voilà.", DisplayName = "a replacement reaching in from before")]
    [DataRow("NADIA : On a commencé les CV des jeunes. Voilà.", DisplayName = "a deletion across the start")]
    [DataRow("MARIE : Bonjour, asseyez-vous, les gens d'ici. Voilà.", DisplayName = "a rewrite that keeps a common word")]
    public void ASpanCutBackToLessThanHalfItsTextCannotBePlaced(string newText) => Assert.IsNull(Carry(newText));

    [TestMethod]
    public void ASpanLeftWithOnlyWhitespaceCannotBePlaced()
    {
        Assert.IsNull(Carry("NADIA : On a commencé à anonymiser   des jeunes. Voilà.", coded: " les CV "));
    }

    [TestMethod]
    public void SeveralEditsAroundAndInsideASpanAreFollowedRunByRun()
    {
        const string oldText = "aaa bbb ccc ddd eee";
        const string newText = "X aaa bbb Y ddd eee Z";
        // "X " inserted, "ccc" replaced by "Y", " Z" appended.
        var runs = new[] { new UnchangedRun(0, 2, 8), new UnchangedRun(11, 11, 8) };
        var map = new OffsetMap(oldText, newText, runs);

        Assert.AreEqual("bbb Y ddd", Text(map.Map(new TextSpan(4, 15))));
        Assert.AreEqual("Y", Text(map.Map(new TextSpan(8, 11))));
        Assert.AreEqual("aaa", Text(map.Map(new TextSpan(0, 3))));
        Assert.AreEqual("eee", Text(map.Map(new TextSpan(16, 19))));
        Assert.AreEqual("d e", Text(map.Map(new TextSpan(14, 17))));

        string? Text(TextSpan? span) => span is { } s ? newText[s.Start..s.End] : null;
    }

    [TestMethod]
    public void AnEmptySpanIsNeverPlaced() =>
        Assert.IsNull(new OffsetMap(Old, Old, SingleEdit.Runs(Old, Old)).Map(new TextSpan(5, 5)));

    [TestMethod]
    public void KeptShareIsTheShareOfTheOldTextStillThere()
    {
        Assert.AreEqual(1.0, new OffsetMap("abcd", "abcdef", [new UnchangedRun(0, 0, 4)]).KeptShare);
        Assert.AreEqual(0.25, new OffsetMap("abcd", "xaxx", [new UnchangedRun(0, 1, 1)]).KeptShare);
        Assert.AreEqual(0.0, new OffsetMap("abcd", "wxyz", []).KeptShare);
        Assert.AreEqual(1.0, new OffsetMap("", "new", []).KeptShare);
    }

    [TestMethod]
    public void RunsOutOfOrderOrOutsideTheTextsAreRefused()
    {
        Assert.ThrowsExactly<ArgumentException>(() => new OffsetMap("abcdef", "abcdef", [new UnchangedRun(3, 3, 3), new UnchangedRun(0, 0, 3)]));
        Assert.ThrowsExactly<ArgumentException>(() => new OffsetMap("abc", "abc", [new UnchangedRun(0, 0, 4)]));
        Assert.ThrowsExactly<ArgumentException>(() => new OffsetMap("abc", "abc", [new UnchangedRun(0, 0, 0)]));
    }
}
