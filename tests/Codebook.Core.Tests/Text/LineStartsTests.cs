using Codebook.Core.Model;
using Codebook.Core.Text;

namespace Codebook.Core.Tests.Text;

[TestClass]
public sealed class LineStartsTests
{
    private static readonly LineStarts Lines = new("uno\ndos\n\ntres");

    [TestMethod]
    public void EachLineStartsAfterALineFeed()
    {
        Assert.AreEqual(4, Lines.Count);
        CollectionAssert.AreEqual(new[] { 0, 4, 8, 9 }, Enumerable.Range(1, 4).Select(Lines.StartOf).ToArray());
        Assert.AreEqual(3, Lines.EndOf(1));
        Assert.AreEqual(8, Lines.EndOf(3), "an empty line ends where it starts");
        Assert.AreEqual(13, Lines.EndOf(4));
    }

    [TestMethod]
    [DataRow(0, 1)]
    [DataRow(3, 1)] // the line feed belongs to its line
    [DataRow(4, 2)]
    [DataRow(8, 3)]
    [DataRow(12, 4)]
    public void AnOffsetIsOnOneLine(int offset, int line) => Assert.AreEqual(line, Lines.LineAt(offset));

    [TestMethod]
    public void ASpanEndingAtALineStartCoversTheLinesBefore()
    {
        Assert.AreEqual((1, 2), Lines.LinesOf(new TextSpan(0, 8)));
        Assert.AreEqual((2, 2), Lines.LinesOf(new TextSpan(4, 4)));
    }
}
