using Codebook.Core.Codings;
using Codebook.Core.Errors;
using Codebook.Core.Model;
using Codebook.Core.Time;
using Terminal.Gui.Input;

namespace Codebook.Tui.Tests;

/// <summary><c>codebook tui --blind</c>: the UI shows the coder only their own codings and the memos on them, refuses
/// searches on the fields that hold others' codings, and still codes and undoes through the project itself.</summary>
[TestClass]
public sealed class BlindCodingTests
{
    [TestMethod]
    public void ABlindSessionShowsOnlyTheCodersOwnCodingsAndMemos()
    {
        using var study = Study.Sample();
        var anasCoding = study.Store.Codings().First(c => c.Coder == "ana");
        new Core.Memos.MemoService(study.Store, new Coder("ana"), SystemClock.Instance).Add(MemoTarget.Coding, anasCoding.Id, "ana's thought");
        var session = study.BlindSession("luis");
        var window = new MainWindow(session);
        using var screen = new Screen(window, 120, 40);

        Assert.IsNotEmpty(session.Store.Codings());
        Assert.IsTrue(session.Store.Codings().All(c => c.Coder == "luis"));
        Assert.IsFalse(session.Store.Memos().Any(m => m.TargetId == anasCoding.Id));
        StringAssert.Contains(window.Title, "luis (blind)");
        screen.Press('R').Type("resistance").Press(Key.Enter);
        Assert.IsTrue(window.Review.Quotes.All(q => q.Coder == "luis"));
        StringAssert.StartsWith(window.Review.Agreement.Single().Text, "Agreement: only luis has coded");
    }

    [TestMethod]
    public void ABlindSessionRefusesQueriesOnThemesOrCodersAndSearchesWords()
    {
        using var study = Study.Sample();
        var session = study.BlindSession("luis");

        var refused = Assert.ThrowsExactly<CodebookException>(() => session.Search("ordenador AND theme:resistance", 10));
        Assert.ThrowsExactly<CodebookException>(() => session.Search("Coder:ana", 10));

        StringAssert.Contains(refused.Message, "theme: or coder:");
        Assert.IsNotEmpty(session.Search("ordenador", 10).Hits);
        Assert.IsNotEmpty(session.Search("attr.theme:x OR ordenador OR theme\\:x", 10).Hits, "a case attribute or an escaped colon is no field of codings");
    }

    [TestMethod]
    public void ABlindSessionCodesAndUndoesThroughTheProject()
    {
        using var study = Study.Sample();
        var session = study.BlindSession("luis");
        var before = study.Store.Codings().Count;

        var added = session.Code("es13-diego", "resistance", new TurnSpan(3));

        Assert.AreEqual(before + added.Count, study.Store.Codings().Count);
        Assert.IsTrue(added.All(c => session.Store.Codings().Any(o => o.Id == c.Id)), "the coder sees what they coded");
        Assert.IsNotNull(session.Undo());
        Assert.AreEqual(before, study.Store.Codings().Count);
    }
}
