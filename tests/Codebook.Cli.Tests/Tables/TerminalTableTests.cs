using Codebook.Cli.Tables;
using Codebook.Core.Tables;

namespace Codebook.Cli.Tests.Tables;

/// <summary>A column's bars are scaled to its widest number outside the summary rows, found as LINQ's
/// <c>DefaultIfEmpty(0).Max()</c> finds it (NaN skipped unless all are NaN).</summary>
[TestClass]
public sealed class TerminalTableTests
{
    [TestMethod]
    public void BarsScaleToTheWidestNumberAsLinqsMaxFindsIt()
    {
        var random = new Random(7);
        object[] pool = [0, 1, 2, 5, 20, -3, 0.5, 2.5, double.NaN, -0.25, 40.0];
        for (int round = 0; round < 500; round++)
        {
            var rows = Enumerable.Range(0, random.Next(0, 5))
                .Select(_ => new TableRow(["theme", pool[random.Next(pool.Length)]], Summary: random.Next(4) == 0))
                .ToList();
            var table = new ResultTable("t", [new TableColumn("theme"), new TableColumn("n", Numeric: true, Bar: true)], rows);

            var drawn = TerminalTable.Of(table);

            double widest = rows.Where(r => !r.Summary).Select(r => Number(r.Cells[1])).DefaultIfEmpty(0).Max();
            var bars = drawn.Rows.Where(r => r.Count == 3 && r[0].Text == "theme").Select(r => r[2].Text).ToList();
            CollectionAssert.AreEqual(rows.Select(r => r.Summary ? "" : Bar(Number(r.Cells[1]), widest)).ToList(), bars, $"round {round}");
        }
    }

    private static double Number(object cell) => cell switch { int n => n, double d => d, _ => 0 };

    private static string Bar(double value, double widest) =>
        value <= 0 || widest <= 0 ? "" : new string('█', Math.Max(1, (int)Math.Round(value / widest * 20)));
}
