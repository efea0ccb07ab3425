using Codebook.Core.Codings;
using Codebook.Core.Errors;
using Codebook.Core.Model;
using Codebook.Core.Time;

namespace Codebook.Core.Tests.Codings;

[TestClass]
public sealed class CodingServiceTests
{
    private static CodingService As(Interview interview, string coder) => new(interview.Store, new Coder(coder), SystemClock.Instance);

    private static string Coded(Coding coding) => Interview.Text[coding.Start..coding.End];

    [TestMethod]
    public void ExactOffsetsAreKeptExactlyEvenInsideAWord()
    {
        using var interview = new Interview();

        var coding = As(interview, "ana").Code("fr01", "resistance", new OffsetSpan(Interview.Of("anonym").Start, Interview.Of("anonym").End)).Single();

        Assert.AreEqual("anonym", Coded(coding));
        Assert.AreEqual(coding.Span, interview.Store.FindCoding(coding.Id)!.Span);
        Assert.AreEqual("ana", coding.Coder);
        Assert.AreEqual("resistance", coding.ThemeId);
        StringAssert.Matches(coding.Id, new System.Text.RegularExpressions.Regex("^c[0-9a-z]{8}$"));
    }

    [TestMethod]
    public void ATurnIsItsWordsWithoutLabelOrLineFeeds()
    {
        using var interview = new Interview();

        var coding = As(interview, "ana").Code("fr01", "resistance", new TurnSpan(2)).Single();

        Assert.AreEqual("On a commencé à anonymiser les CV.\n  Les chiffres, toujours les Chiffres.", Coded(coding));
    }

    [TestMethod]
    public void LinesRunFromTheFirstWordToTheEndOfTheLastLine()
    {
        using var interview = new Interview();

        var coding = As(interview, "ana").Code("fr01", "numbers", new LineSpan(3, 4)).Single();

        Assert.AreEqual("Les chiffres, toujours les Chiffres.", Coded(coding));
    }

    [TestMethod]
    public void AMatchIgnoresCaseAndAccentsAndSnapsToWholeWords()
    {
        using var interview = new Interview();
        var ana = As(interview, "ana");

        Assert.AreEqual("anonymiser", Coded(ana.Code("fr01", "resistance", new MatchSpan("ANONYM")).Single()));
        Assert.AreEqual("l’Évaluation", Coded(ana.Code("fr01", "numbers", new MatchSpan("l'evaluation")).Single()));
    }

    [TestMethod]
    public void EveryMatchIsCodedInOneLoggedChange()
    {
        using var interview = new Interview();
        var before = interview.Store.Changes().Count;

        var codings = As(interview, "ana").Code("fr01", "numbers", new MatchSpan("chiffres", All: true), memo: "repeated");

        CollectionAssert.AreEqual(new[] { "chiffres", "Chiffres" }, codings.Select(Coded).ToList());
        Assert.IsTrue(codings.All(c => c.Memo == "repeated"));
        var change = interview.Store.Changes().Single(c => c.Sequence > before);
        Assert.AreEqual("code", change.Action);
        Assert.HasCount(2, interview.Store.Codings());
    }

    [TestMethod]
    public void OverlapsAndOtherCodersAreWelcomeButTheSameCodingTwiceIsRefused()
    {
        using var interview = new Interview();
        As(interview, "ana").Code("fr01", "resistance", new TurnSpan(2));
        As(interview, "ana").Code("fr01", "numbers", new TurnSpan(2));
        As(interview, "luis").Code("fr01", "resistance", new TurnSpan(2));
        As(interview, "ana").Code("fr01", "resistance", new MatchSpan("anonymiser"));
        var log = interview.Store.Changes().Count;

        var error = Assert.ThrowsExactly<CodebookException>(() => As(interview, "ana").Code("fr01", "resistance", new TurnSpan(2)));

        Assert.AreEqual(ErrorCode.AlreadyCoded, error.Code);
        Assert.HasCount(4, interview.Store.Codings());
        Assert.HasCount(log, interview.Store.Changes());
    }

    [TestMethod]
    public void EveryMatchSkipsThoseAlreadyCoded()
    {
        using var interview = new Interview();
        As(interview, "ana").Code("fr01", "numbers", new MatchSpan("chiffres"));

        var added = As(interview, "ana").Code("fr01", "numbers", new MatchSpan("chiffres", All: true));

        Assert.AreEqual("Chiffres", Coded(added.Single()));
    }

    [TestMethod]
    [DataRow(-1, 3)]
    [DataRow(5, 5)]
    [DataRow(9, 4)]
    [DataRow(0, 1000)]
    public void OffsetsOutsideTheTextAreRefusedAndChangeNothing(int start, int end) =>
        AssertRefused(ErrorCode.BadSpan, new OffsetSpan(start, end));

    [TestMethod]
    public void MissingTurnsBlankLinesAndAbsentTextAreRefused()
    {
        AssertRefused(ErrorCode.BadSpan, new TurnSpan(0));
        AssertRefused(ErrorCode.BadSpan, new TurnSpan(4));
        AssertRefused(ErrorCode.BadSpan, new LineSpan(4, 4));
        AssertRefused(ErrorCode.BadSpan, new LineSpan(5, 6));
        AssertRefused(ErrorCode.NotFound, new MatchSpan("quota"));
        AssertRefused(ErrorCode.Usage, new MatchSpan(" "));
    }

    [TestMethod]
    public void UnknownTranscriptsAndThemesAreNamedWithAHint()
    {
        var theme = AssertRefused(ErrorCode.NotFound, new TurnSpan(1), themeId: "resistence");
        StringAssert.Contains(theme.Message, "'resistence'");
        Assert.AreEqual(new ErrorHint(HintKind.ListThemes), theme.Suggestion);

        var transcript = AssertRefused(ErrorCode.NotFound, new TurnSpan(1), transcriptId: "fr99");
        StringAssert.Contains(transcript.Message, "'fr99'");
    }

    [TestMethod]
    public void UncodeRemovesTheCodingAndItsMemosInOneChange()
    {
        using var interview = new Interview();
        var coding = As(interview, "ana").Code("fr01", "resistance", new TurnSpan(2)).Single();
        new Core.Memos.MemoService(interview.Store, new Coder("ana"), SystemClock.Instance).Add(MemoTarget.Coding, coding.Id, "why");

        var removed = As(interview, "luis").Uncode(coding.Id);

        Assert.AreEqual(coding.Id, removed.Id);
        Assert.IsEmpty(interview.Store.Codings());
        Assert.IsEmpty(interview.Store.Memos());
        Assert.AreEqual("uncode", interview.Store.Changes()[^1].Action);
        Assert.AreEqual(ErrorCode.NotFound, Assert.ThrowsExactly<CodebookException>(() => As(interview, "ana").Uncode(coding.Id)).Code);
    }

    private static CodebookException AssertRefused(ErrorCode code, SpanChoice choice, string transcriptId = "fr01", string themeId = "resistance")
    {
        using var interview = new Interview();
        var log = interview.Store.Changes().Count;

        var error = Assert.ThrowsExactly<CodebookException>(() => As(interview, "ana").Code(transcriptId, themeId, choice));

        Assert.AreEqual(code, error.Code, error.Message);
        Assert.IsEmpty(interview.Store.Codings());
        Assert.HasCount(log, interview.Store.Changes());
        return error;
    }

    [TestMethod]
    public void CodeAllCodesPassagesOfSeveralThemesInOneChangeAndSkipsWhatIsCoded()
    {
        using var interview = new Interview();
        var ana = As(interview, "ana");
        ana.Code("fr01", "numbers", new MatchSpan("chiffres"));
        var before = interview.Store.Changes().Count;

        var added = ana.CodeAll(
        [
            ("fr01", "numbers", new MatchSpan("chiffres"), null),
            ("fr01", "resistance", new MatchSpan("anonymiser"), "first try"),
            ("fr01", "numbers", new LineSpan(3, 3), null),
        ], "imported from a file");

        CollectionAssert.AreEqual(new[] { "anonymiser", "Les chiffres, toujours les Chiffres." }, added.Select(Coded).ToArray());
        Assert.AreEqual("first try", added[0].Memo);
        Assert.AreEqual(before + 1, interview.Store.Changes().Count);
        Assert.AreEqual("imported from a file", interview.Store.Changes()[^1].Summary);
    }
}
