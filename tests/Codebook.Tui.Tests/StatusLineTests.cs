using Codebook.Tui.Keys;
using Codebook.Tui.Panels;
using Codebook.Tui.Resources;

namespace Codebook.Tui.Tests;

/// <summary>The status line keeps what just happened readable, and cuts the keys between entries.</summary>
[TestClass]
public sealed class StatusLineTests
{
    [TestMethod]
    [DataRow(120, 40)]
    [DataRow(80, 24)]
    public void WhatWasCodedIsShownWholeBesideTheKeys(int width, int height)
    {
        using var study = new Study("es12-lucia.txt");
        using var screen = new Screen(new MainWindow(study.Session), width, height);

        screen.Press(']', ']').Press('v', 'w', 'w').Press('c', 'p');

        var status = screen.Rows[^1];
        StringAssert.EndsWith(status, "coded 1 passage with reporting-pressure", status);
        StringAssert.StartsWith(status, " ? keys · q quit", status);
        var keys = status[..status.IndexOf("coded", StringComparison.Ordinal)].TrimEnd();
        StringAssert.StartsWith(" ? keys · q quit · v select · c KEY code turn · t pick · x uncode · m memo · u undo · n next", keys, "whole entries only");
    }

    [TestMethod]
    [DataRow('a', "Esc close")]
    [DataRow('R', "Esc close")]
    [DataRow('/', "Esc close")]
    public void APanelOpenedAt80ColumnsShowsAllItsKeysTheReadersLastMessageGone(char key, string last)
    {
        using var study = new Study("es12-lucia.txt");
        using var screen = new Screen(new MainWindow(study.Session), 80, 24);

        screen.Press(key);

        var status = screen.Rows[^1];
        StringAssert.EndsWith(status.TrimEnd(), last, status);
        Assert.IsFalse(status.Contains("codings"), status);
    }

    [TestMethod]
    [DataRow("fr", 80, 24)]
    [DataRow("es", 80, 24)]
    [DataRow("fr", 120, 40)]
    [DataRow("es", 120, 40)]
    public void InFrenchAndSpanishWhatWasCodedShowsWholeBesideWholeKeys(string language, int width, int height)
    {
        using var ui = UiCulture.Use(language);
        using var study = new Study("es12-lucia.txt");
        using var screen = new Screen(new MainWindow(study.Session), width, height);

        screen.Press(']', ']').Press('v', 'w', 'w').Press('c', 'p');

        var status = screen.Rows[^1];
        var coded = Names.Format(Strings.CodedOne, 1, "reporting-pressure");
        // "codificado 1 pasaje con reporting-pressure" is 42 columns, more than half of 80: whole all the same, in the
        // columns the keys leave by dropping whole entries.
        StringAssert.EndsWith(status, coded, status);
        AssertWholeEntries(Strings.KeysReader, KeysPart(status, coded));
    }

    [TestMethod]
    [DataRow("fr", 'a')]
    [DataRow("fr", 'R')]
    [DataRow("fr", '/')]
    [DataRow("es", 'a')]
    [DataRow("es", 'R')]
    [DataRow("es", '/')]
    public void APanelOpenedAt80ColumnsInFrenchOrSpanishKeepsItsWayOut(string language, char key)
    {
        using var ui = UiCulture.Use(language);
        using var study = new Study("es12-lucia.txt");
        using var screen = new Screen(new MainWindow(study.Session), 80, 24);

        screen.Press(key);

        StringAssert.EndsWith(screen.Rows[^1].TrimEnd(), Strings.BriefClose, screen.Rows[^1]);
    }

    /// <summary>Every keys line of every language, at 80 and 120 columns, beside no message, a usual one and one too
    /// long for the row: the row is exactly as wide as the screen, and the keys shown are whole entries of the line
    /// in its order, the first and the way out (Esc) among them.</summary>
    [TestMethod]
    [DataRow("en", 80)]
    [DataRow("fr", 80)]
    [DataRow("es", 80)]
    [DataRow("en", 120)]
    [DataRow("fr", 120)]
    [DataRow("es", 120)]
    public void EveryKeysLineFitsTheRowInWholeEntriesKeepingTheFirstAndTheWayOut(string language, int width)
    {
        using var ui = UiCulture.Use(language);
        string[] lines = [Strings.KeysReader, Strings.KeysSelection, Strings.KeysAwaitingTheme,
            Panel.LineOf(KeyMap.Search), Panel.LineOf(KeyMap.Analyses), Panel.LineOf(KeyMap.Review), Panel.LineOf(KeyMap.CodebookDiff)];
        var coded = Names.Format(Strings.CodedOne, 1, "reporting-pressure");
        foreach (var keys in lines)
        {
            foreach (var message in new[] { "", coded, new string('x', 300) })
            {
                var row = StatusLine.Layout(keys, message, width);
                Assert.AreEqual(width, row.Length, row);
                AssertWholeEntries(keys, KeysPart(row, message));
            }
            if (coded.Length <= width / 2 && keys.Split(" · ")[0].Length < width / 2)
            {
                StringAssert.EndsWith(StatusLine.Layout(keys, coded, width), coded, "a usual message shows whole up to half the row");
            }
        }
    }

    /// <summary>The row without the message at its end, whole or cut ("cod…").</summary>
    private static string KeysPart(string row, string message)
    {
        for (int length = message.Length; length > 0; length--)
        {
            var shown = length == message.Length ? message : message[..(length - 1)] + "…";
            if (row.EndsWith(shown, StringComparison.Ordinal)) return row[..^shown.Length];
        }
        return row;
    }

    /// <summary>The keys part of a status row holds whole entries of <paramref name="keys"/>, in order, with the
    /// first and the way out (the last entry, when it is Esc).</summary>
    private static void AssertWholeEntries(string keys, string shown)
    {
        var entries = keys.Split(" · ");
        var kept = shown.TrimEnd().Split(" · ");
        int at = 0;
        foreach (var entry in kept)
        {
            while (at < entries.Length && entries[at] != entry) at++;
            Assert.IsLessThan(entries.Length, at, $"'{entry}' is not a whole entry of '{keys}', or out of order: '{shown}'");
            at++;
        }
        Assert.AreEqual(entries[0], kept[0], $"the first entry: '{shown}'");
        if (entries.Length > 1 && entries[^1].StartsWith(Strings.KeysEsc + " ", StringComparison.Ordinal)) Assert.AreEqual(entries[^1], kept[^1], $"the way out: '{shown}'");
    }

    [TestMethod]
    [DataRow(" a · bb · ccc · Esc close", 16, " a · Esc close")]
    [DataRow(" a · bb · ccc · Esc close", 19, " a · bb · Esc close")]
    [DataRow(" a · bbbbbbb · c · Esc close", 19, " a · Esc close")]
    [DataRow(" ? keys · c KEY code · Esc clear · extend", 20, " ? keys · c KEY code")]
    [DataRow(" ? keys · Esc clear · c KEY code", 17, " ? keys")]
    public void TheWayOutIsKeptAndTheOthersDroppedFromTheRight(string keys, int room, string expected) =>
        Assert.AreEqual(expected, StatusLine.Fit(keys, room));

    [TestMethod]
    [DataRow(" a · bb · ccc", 20, " a · bb · ccc")]
    [DataRow(" a · bb · ccc", 12, " a · bb")]
    [DataRow(" a · bb · ccc", 7, " a · bb")]
    [DataRow(" a · bb · ccc", 6, " a")]
    [DataRow(" abcdefgh", 4, " abc")]
    [DataRow(" a · bb", 0, "")]
    public void KeysAreCutBeforeAWholeEntry(string keys, int room, string expected) =>
        Assert.AreEqual(expected, StatusLine.Fit(keys, room));
}
