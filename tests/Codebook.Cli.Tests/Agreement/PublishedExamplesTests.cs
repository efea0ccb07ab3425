using System.Text;
using Codebook.Testing;

namespace Codebook.Cli.Tests.Agreement;

/// <summary>The worked examples of <c>tests/agreement-examples</c> (each file names its source) built as real projects:
/// one passage per unit, one theme per value, each coder's values applied with <c>code</c>; <c>agree</c> must print the
/// published values to three decimals.</summary>
[TestClass]
public sealed class PublishedExamplesTests
{
    private TempFolder _temp = null!;

    [TestInitialize]
    public void CreateFolder() => _temp = new TempFolder();

    [TestCleanup]
    public void DeleteFolder() => _temp.Dispose();

    private CliRun Ok(string coder, params string[] args)
    {
        var run = CliRun.Of(["--project", _temp.Project, "--coder", coder, .. args]);
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        return run;
    }

    /// <summary>A project with one transcript of <paramref name="units"/> turns and a codebook with a parent theme
    /// <paramref name="parent"/> and one child theme per value.</summary>
    private void Build(int units, string parent, IEnumerable<string> values)
    {
        Ok("setup", "init", _temp.Project);
        var turns = Enumerable.Range(1, units).Select(i => $"SPEAKER: This is unit number {i} of the example.");
        Ok("setup", "import", _temp.Write("example.txt", string.Join("\n\n", turns) + "\n"));
        var codebook = new StringBuilder($"# Example\n\n## {parent} {{#{parent}}}\n\nDefinition: the variable.\n\n");
        foreach (var value in values) codebook.Append($"### Value {value} {{#{parent}-{value}}}\n\nDefinition: value {value}.\n\n");
        Ok("setup", "themes", "import", _temp.Write("codebook.md", codebook.ToString()));
    }

    /// <summary>Codes every value of the example: unit i's value v by coder c becomes <c>code --turn i --theme parent-v</c>.</summary>
    private void CodeAll(PublishedExample example, string parent, Func<string, string?> themeOf)
    {
        for (int unit = 0; unit < example.Units.Count; unit++)
        {
            for (int coder = 0; coder < example.Coders.Count; coder++)
            {
                if (example.Units[unit][coder] is { } value && themeOf(value) is { } theme)
                {
                    Ok(example.Coders[coder], "code", "example", "--theme", theme, "--turn", $"{unit + 1}");
                }
            }
        }
    }

    private static IEnumerable<string> Values(PublishedExample example) => example.Units.SelectMany(u => u).OfType<string>().Distinct().Order();

    private static double Number(System.Text.Json.JsonElement coefficient) => coefficient.GetProperty("value").GetDouble();

    [TestMethod]
    public void KrippendorffsMatrixAsADomainGivesAlpha0743()
    {
        var example = PublishedExample.Read("krippendorff-2011.txt");
        Build(example.Units.Count, "value", Values(example));
        CodeAll(example, "value", v => $"value-{v}");

        var json = Ok("setup", "agree", "--coders", string.Join(",", example.Coders), "--domain", "value", "--json").Json();

        var domain = json.GetProperty("domains")[0];
        Assert.AreEqual("0.743", Number(domain.GetProperty("krippendorffAlpha")).ToString("0.000"));
        Assert.AreEqual(11, domain.GetProperty("krippendorffAlpha").GetProperty("units").GetInt32());
    }

    [TestMethod]
    public void Fleiss1971AsADomainGivesKappa0430()
    {
        var example = PublishedExample.Read("fleiss-1971.txt");
        Build(example.Units.Count, "diagnosis", Values(example));
        CodeAll(example, "diagnosis", v => $"diagnosis-{v}");

        var table = Ok("setup", "agree", "--coders", string.Join(",", example.Coders), "--domain", "diagnosis", "--format", "csv").Out;

        // domain, units, fleiss κ, α, D_o, D_e
        StringAssert.Contains(table, "diagnosis,30,0.43,");
    }

    [TestMethod]
    public void CohenYesNoExampleAsOneThemeGivesKappa04()
    {
        var example = PublishedExample.Read("cohen-yes-no.txt");
        Build(example.Units.Count, "funded", ["yes"]);
        // "no" is a passage left uncoded: agreement by passage counts it as absence.
        CodeAll(example, "funded", v => v == "yes" ? "funded-yes" : null);

        var theme = Ok("setup", "agree", "--coders", "A,B", "--theme", "funded-yes", "--json").Json().GetProperty("themes")[0];

        Assert.AreEqual("0.400", Number(theme.GetProperty("cohenKappa")).ToString("0.000"));
        Assert.AreEqual("0.700", Number(theme.GetProperty("percentAgreement")).ToString("0.000"));
        Assert.AreEqual(50, theme.GetProperty("cohenKappa").GetProperty("units").GetInt32());
    }

    [TestMethod]
    public void KrippendorffsUnitizingExampleGivesUnitizedAlpha0859()
    {
        var lines = PublishedExample.DataLines("krippendorff-2004-unitizing.txt").Select(l => l.Split(' ')).ToList();
        int begin = int.Parse(lines[0][1]), length = int.Parse(lines[0][2]);
        Ok("setup", "init", _temp.Project);
        // One turn whose text is exactly the continuum: the example's positions less its start.
        Ok("setup", "import", _temp.Write("continuum.txt", "SPEAKER: " + new string('x', length - 9)));
        Ok("setup", "themes", "import", _temp.Write("codebook.md", "# Example\n\n## C {#c}\n\nDefinition: c.\n\n## K {#k}\n\nDefinition: k.\n"));
        foreach (var unit in lines.Skip(1))
        {
            int start = int.Parse(unit[1]) - begin;
            Ok($"observer{unit[0]}", "code", "continuum", "--theme", unit[3], "--span", $"{start}:{start + int.Parse(unit[2])}");
        }

        var json = Ok("setup", "agree", "--coders", "observer0,observer1", "--unit", "char", "--json").Json();

        Assert.AreEqual("0.859", Number(json.GetProperty("overall").GetProperty("unitizedAlpha")).ToString("0.000"));
        var c = json.GetProperty("themes").EnumerateArray().Single(t => t.GetProperty("theme").GetString() == "c").GetProperty("unitizedAlpha");
        Assert.AreEqual("0.729", Number(c).ToString("0.000"));
        Assert.AreEqual("0.0144", c.GetProperty("observed").GetDouble().ToString("0.0000"));
    }
}
