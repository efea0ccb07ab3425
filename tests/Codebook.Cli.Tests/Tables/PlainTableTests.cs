using System.Text;
using Codebook.Cli.Tables;
using Spectre.Console;

namespace Codebook.Cli.Tests.Tables;

/// <summary>The plain writer against Spectre.Console on many random tables: byte for byte the same whenever it
/// writes, and declining what Spectre would lay out otherwise.</summary>
[TestClass]
public sealed class PlainTableTests
{
    private static readonly string[] Words =
    [
        "", " ", "theme", "l'école", "educación", "Entretien 01 — Nadia, conseillère emploi (Anderlecht)", "d’emploi",
        "  indented", "trailing  ", "a  b", "[bracket]", "[bold]not markup[/]", "50%", "€ 12,5", "«guillemets»", "ñandú",
        "Ærø", "œuvre", "…", "·", "███", "─┼─", "x", "12:34", "2026-12-06 23:52:01", "note: one colon", "a:b c:d", "::",
        "Themes by attr:role: cases", "cohen κ", "α", "D_o", "a:smiling_face:[b]", "x:not_an_emoji:y",
    ];

    // What Spectre.Console lays out otherwise: wide, combining, control, emoji, zero-width, soft hyphen, and emoji codes.
    private static readonly string[] Difficult =
    [
        "中文", "e\u0301te", "tab\there", "two\nlines", "cr\rhere", "😀", "a\u200Bb", "soft\u00ADhyphen", ":fire:",
        "x:smiling_face:y", "re:1st_place_medal:", "\u2028", "ｆｕｌｌ", "\u0007",
    ];

    [TestMethod]
    public void WhereverItWritesItWritesWhatSpectreWrites()
    {
        int written = 0, declined = 0;
        for (int seed = 0; seed < 3000; seed++)
        {
            var table = RandomTable(new Random(seed));
            var plain = PlainTable.Layout(table);
            if (plain is null)
            {
                declined++;
                continue;
            }
            written++;
            var spectre = Spectre(table);
            if (plain != spectre) Assert.Fail($"seed {seed}:\n--- plain\n{plain}\n--- Spectre.Console\n{spectre}");
        }
        // Both kinds are many, so the comparison is not empty and the generator reaches the edges.
        Assert.IsTrue(written > 1500, $"{written} written");
        Assert.IsTrue(declined > 300, $"{declined} declined");
    }

    [TestMethod]
    public void ItDeclinesWhatSpectreWouldLayOutOtherwise()
    {
        foreach (var text in Difficult)
        {
            Assert.IsNull(PlainTable.Layout(Table(text, markup: true)), $"a cell {Escaped(text)}");
            Assert.IsNull(PlainTable.Layout(Table("ok", markup: true, title: text)), $"a title {Escaped(text)}");
            Assert.IsNull(PlainTable.Layout(Table("ok", markup: false, header: text)), $"a header {Escaped(text)}");
        }
        // Emoji codes are markup's: plain-text cells keep them, as Spectre.Console's Text does.
        Assert.IsNotNull(PlainTable.Layout(Table(":fire:", markup: false)));
        // Between colons, a name that is no emoji's.
        Assert.IsNotNull(PlainTable.Layout(Table("by attr:role: cases", markup: true)));
        // The widest table that fits the 240 columns, and one column more.
        var fits = Table(new string('x', 240 - 4), markup: false);
        Assert.AreEqual(Spectre(fits), PlainTable.Layout(fits));
        Assert.IsNull(PlainTable.Layout(Table(new string('x', 240 - 3), markup: false)));
        // A title longer than the table is wrapped by Spectre.Console.
        Assert.IsNull(PlainTable.Layout(Table("x", markup: true, title: "a longer title")));
    }

    [TestMethod]
    public void ItDeclinesAnOutputThatIsNotUnicode()
    {
        using var latin = new StreamWriter(new MemoryStream(), Encoding.Latin1);
        using var utf8 = new StreamWriter(new MemoryStream(), new UTF8Encoding(false));

        Assert.IsFalse(PlainTable.TryWrite(latin, Table("x", markup: false)));
        Assert.IsTrue(PlainTable.TryWrite(utf8, Table("x", markup: false)));
    }

    [TestMethod]
    public void ItTakesForUnicodeTheEncodingsSpectreTakesForUnicode()
    {
        // Spectre.Console's test: the encoding's name holds "Unicode".
        foreach (var info in Encoding.GetEncodings())
        {
            var encoding = info.GetEncoding();
            Assert.AreEqual(encoding.EncodingName.Contains("Unicode", StringComparison.Ordinal), PlainTable.IsUnicode(encoding), info.Name);
        }
    }

    [TestMethod]
    public void EveryCharacterItTakesIsOneCellForSpectre()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (!PlainTable.OneCell((char)c)) continue;
            Assert.AreEqual(1, new Spectre.Console.Rendering.Segment(((char)c).ToString()).CellCount(), $"U+{c:X4}");
            Assert.IsFalse(char.IsControl((char)c) || char.IsSurrogate((char)c), $"U+{c:X4}");
        }
    }

    /// <summary>What Spectre.Console writes for the table in a file or pipe, as the command line sets it up.</summary>
    internal static string Spectre(DrawnTable table)
    {
        var output = new StringWriter();
        table.Write(new CliContext(output, TextWriter.Null) { PlainTables = false });
        return output.ToString();
    }

    private static DrawnTable Table(string cell, bool markup, string? title = null, string header = "h") =>
        new(title, TableFrame.Rounded, [new DrawnColumn(header)], [[new DrawnCell(cell)]], markup);

    private static string Escaped(string text) => string.Concat(text.Select(c => c < ' ' || c > '~' ? $"\\u{(int)c:X4}" : c.ToString()));

    private static DrawnTable RandomTable(Random random)
    {
        int columns = random.Next(1, 9);
        // Now and then one cell in a few hundred from the difficult ones, so a table is declined for them alone.
        bool difficult = random.Next(8) == 0;
        bool wide = random.Next(6) == 0;
        string Text()
        {
            if (difficult && random.Next(15) == 0) return Difficult[random.Next(Difficult.Length)];
            return random.Next(10) switch
            {
                0 => random.Next(100_000).ToString("N0"),
                1 => new string('█', random.Next(0, 21)),
                2 when wide => new string('w', random.Next(20, 120)) + " " + Words[random.Next(Words.Length)],
                3 => string.Join(" ", Enumerable.Range(0, random.Next(1, 5)).Select(_ => Words[random.Next(Words.Length)])),
                _ => Words[random.Next(Words.Length)],
            };
        }
        var header = Enumerable.Range(0, columns).Select(_ => new DrawnColumn(random.Next(4) == 0 ? "" : Text(), random.Next(3) == 0)).ToList();
        var rows = new List<IReadOnlyList<DrawnCell>>();
        for (int r = random.Next(0, 12); r > 0; r--)
        {
            rows.Add(Enumerable.Range(0, columns).Select(c => new DrawnCell(
                random.Next(8) == 0 ? "·" : Text(),
                (CellLook)random.Next(8),
                c == 0 ? 2 * random.Next(4) : 0)).ToList());
        }
        string? title = random.Next(3) switch
        {
            0 => null,
            1 => Text(),
            _ => "Theme frequencies" + (random.Next(2) == 0 ? " — query: lang:es" : ""),
        };
        if (title == "") title = null;
        return new DrawnTable(title, random.Next(2) == 0 ? TableFrame.Rounded : TableFrame.Simple, header, rows, EmojiCodes: random.Next(2) == 0);
    }
}
