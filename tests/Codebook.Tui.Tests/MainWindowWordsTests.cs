using System.Globalization;
using Codebook.Tui.Resources;

namespace Codebook.Tui.Tests;

/// <summary>Counts, confirmations and refusals in the UI's language: "1 codage", "annulé (n° 7) : codé…", "déjà codé".</summary>
[TestClass]
public sealed class MainWindowWordsTests
{
    [TestMethod]
    [DataRow("en", 0, "0 codings")]
    [DataRow("en", 1, "1 coding")]
    [DataRow("en", 2, "2 codings")]
    [DataRow("fr", 0, "0 codage")]
    [DataRow("fr", 1, "1 codage")]
    [DataRow("fr", 2, "2 codages")]
    [DataRow("es", 0, "0 codificaciones")]
    [DataRow("es", 1, "1 codificación")]
    [DataRow("es", 2, "2 codificaciones")]
    public void ACountTakesTheSingularOrPluralOfTheUiLanguage(string language, int count, string expected)
    {
        using var ui = UiCulture.Use(language);
        Assert.AreEqual(expected, Names.Codings(count));
    }

    [TestMethod]
    [DataRow("fr", "1 transcription, 0 codage")]
    [DataRow("es", "1 transcripción, 0 codificaciones")]
    [DataRow("en", "1 transcript, 0 codings")]
    public void TheOpeningCountHasItsSingulars(string language, string expected)
    {
        using var ui = UiCulture.Use(language);
        using var study = new Study("es12-lucia.txt");
        using var screen = new Screen(new MainWindow(study.Session), 120, 40);

        StringAssert.EndsWith(screen.Rows[^1], expected);
    }

    [TestMethod]
    [DataRow("fr", "codé 1 passage avec resistance", "annulé (n° {0})\u00a0: ", "rétabli (n° {0})\u00a0: ", "déjà codé")]
    [DataRow("es", "codificado 1 pasaje con resistance", "deshecho (n.º {0}): ", "rehecho (n.º {0}): ", "ya lo codificó")]
    [DataRow("en", "coded 1 passage with resistance", "undid #{0}: ", "redid #{0}: ", "already coded")]
    public void CodingUndoRedoAndARefusalAreToldInTheUiLanguage(string language, string coded, string undid, string redid, string refused)
    {
        using var ui = UiCulture.Use(language);
        using var study = new Study("es12-lucia.txt");
        using var screen = new Screen(new MainWindow(study.Session), 120, 40);

        screen.Press(']', ']', 'c', 'r');
        StringAssert.EndsWith(screen.Rows[^1], coded);
        var sequence = study.Session.Store.LastChange;

        screen.Press('u');
        StringAssert.EndsWith(screen.Rows[^1], string.Format(CultureInfo.InvariantCulture, undid, sequence) + coded);
        screen.Press('r');
        StringAssert.EndsWith(screen.Rows[^1], string.Format(CultureInfo.InvariantCulture, redid, sequence) + coded);

        screen.Press('c', 'r');
        StringAssert.Contains(screen.Rows[^1], refused);
        Assert.AreEqual(1, study.Session.Store.Codings().Count, "the refusal changed nothing");
    }

    [TestMethod]
    public void AnUndoOfAChangeMadeElsewhereGivesTheLogsWords()
    {
        using var ui = UiCulture.Use("fr");
        using var study = new Study("es12-lucia.txt");
        using var screen = new Screen(new MainWindow(study.Session), 200, 40);
        var last = study.Session.Store.Changes()[^1];

        screen.Press('u');

        StringAssert.Contains(screen.Rows[^1], $"annulé (n° {last.Sequence})\u00a0: {last.Summary}");
    }
}
