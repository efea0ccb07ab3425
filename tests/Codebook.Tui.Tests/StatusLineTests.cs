namespace Codebook.Tui.Tests;

/// <summary>The status line keeps what just happened readable, and cuts the keys between entries.</summary>
[TestClass]
public sealed class StatusLineTests
{
    [TestMethod]
    [DataRow(120, 40)]
    [DataRow(80, 24)]
    public void What_was_coded_is_shown_whole_beside_the_keys(int width, int height)
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
    public void A_panel_opened_at_80_columns_shows_all_its_keys_the_readers_last_message_gone(char key, string last)
    {
        using var study = new Study("es12-lucia.txt");
        using var screen = new Screen(new MainWindow(study.Session), 80, 24);

        screen.Press(key);

        var status = screen.Rows[^1];
        StringAssert.EndsWith(status.TrimEnd(), last, status);
        Assert.IsFalse(status.Contains("codings"), status);
    }

    [TestMethod]
    [DataRow(" a · bb · ccc", 20, " a · bb · ccc")]
    [DataRow(" a · bb · ccc", 12, " a · bb")]
    [DataRow(" a · bb · ccc", 7, " a · bb")]
    [DataRow(" a · bb · ccc", 6, " a")]
    [DataRow(" abcdefgh", 4, " abc")]
    [DataRow(" a · bb", 0, "")]
    public void Keys_are_cut_before_a_whole_entry(string keys, int room, string expected) =>
        Assert.AreEqual(expected, StatusLine.Fit(keys, room));
}
