namespace Codebook.Tui.Tests;

/// <summary>The main screen in French and Spanish: panes, status line, help and theme labels in the UI language.</summary>
[TestClass]
public sealed class MainWindowLanguageTests
{
    [TestMethod]
    [DataRow("fr", new[] { "Transcriptions", "Thèmes", "Détail", "? touches · q quitter", "Quantification et report", "Résistance et marges" },
        new[] { "Touches (↑/↓ défilent", "caractère gauche/droite", "Panneau de recherche (/)", "Tab / Maj+Tab" })]
    [DataRow("es", new[] { "Transcripciones", "Temas", "Detalle", "? teclas · q salir", "Cuantificación y reporte", "Resistencia y márgenes" },
        new[] { "Teclas (↑/↓ desplazan", "carácter izquierda/derecha", "Panel de búsqueda (/)", "Tab / Mayús+Tab" })]
    public void The_main_screen_and_the_help_speak_the_ui_language(string language, string[] onScreen, string[] inHelp)
    {
        using var ui = UiCulture.Use(language);
        using var study = new Study("fr01-nadia.txt", "es12-lucia.txt");
        // Tall enough for the help to show the panels' keys below the reader's, the recording's included.
        using var screen = new Screen(new MainWindow(study.Session), 120, 50);

        foreach (var expected in onScreen) StringAssert.Contains(screen.Text, expected, $"{language}:\n{screen.Text}");
        StringAssert.DoesNotMatch(screen.Text, new System.Text.RegularExpressions.Regex(@"\bThemes\b|\? keys"), "no English label left");

        screen.Press('?');
        foreach (var expected in inHelp) StringAssert.Contains(screen.Text, expected, $"{language}:\n{screen.Text}");
    }

    [TestMethod]
    public void InEnglishTheThemesKeepTheirMainLabel()
    {
        using var study = new Study("es12-lucia.txt");
        using var screen = new Screen(new MainWindow(study.Session), 120, 40);

        StringAssert.Contains(screen.Text, "Resistance and room for");
        Assert.DoesNotContain("Résistance", screen.Text);
    }
}
