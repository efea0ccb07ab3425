using Codebook.Core.Errors;
using Codebook.Tui.Resources;

namespace Codebook.Tui.Tests.Resources;

/// <summary>The UI words Core's hints in its language, naming no command of the command line; a kind of hint it has
/// no words for is said in Core's English.</summary>
[TestClass]
public sealed class HintTests
{
    private static readonly CodebookException UnknownTheme =
        new(ErrorCode.NotFound, "no theme 'resistence' in this project", "study.codebook", new ErrorHint(HintKind.ListThemes));

    [TestMethod]
    [DataRow("en", "study.codebook: no theme 'resistence' in this project — the themes panel lists them")]
    [DataRow("fr", "study.codebook: no theme 'resistence' in this project — le panneau des thèmes les liste")]
    [DataRow("es", "study.codebook: no theme 'resistence' in this project — el panel de temas los muestra")]
    public void AHintIsWordedInTheUILanguage(string language, string expected)
    {
        using var _ = UiCulture.Use(language);

        Assert.AreEqual(expected, Names.Describe(UnknownTheme));
    }

    [TestMethod]
    public void AHintWithArgumentsFillsThemInAndOneWithoutWordsFallsBackToCores()
    {
        using var _ = UiCulture.Use("fr");
        var recording = new CodebookException(ErrorCode.NoRecording, "es13-diego has no recording linked", null, new ErrorHint(HintKind.LinkRecording, "es13-diego"));
        var pseudonym = new CodebookException(ErrorCode.IdConflict, "'Verhaegen' already has a pseudonym", null, new ErrorHint(HintKind.RemovePseudonymFirst, "Verhaegen"));

        StringAssert.Contains(Names.Describe(recording), "liez un enregistrement à es13-diego");
        StringAssert.EndsWith(Names.Describe(pseudonym), "— remove the pseudonym of 'Verhaegen' first");
        Assert.DoesNotContain("codebook ", Names.Describe(recording) + Names.Describe(pseudonym));
    }
}
