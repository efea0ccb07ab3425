using Codebook.Core.Model;
using Codebook.Core.Themes;

namespace Codebook.Core.Tests.Themes;

[TestClass]
public sealed class ThemeTreeTests
{
    private static readonly Theme[] Themes =
    [
        new() { Id = "resistance", Order = 2 },
        new() { Id = "quotas", Order = 1 },
        new() { Id = "silent", ParentId = "resistance", Order = 1 },
        new() { Id = "notebook", ParentId = "silent", Order = 1 },
        new() { Id = "open", ParentId = "resistance", Order = 0 },
    ];

    [TestMethod]
    public void ThemesAreReadParentsFirstSiblingsByOrder()
    {
        var tree = new ThemeTree(Themes);
        CollectionAssert.AreEqual(
            new[] { ("quotas", 0), ("resistance", 0), ("open", 1), ("silent", 1), ("notebook", 2) },
            tree.InOrder.Select(x => (x.Theme.Id, x.Depth)).ToArray());
    }

    [TestMethod]
    public void AThemesAncestorsAreNamedNearestFirst()
    {
        var tree = new ThemeTree(Themes);
        CollectionAssert.AreEqual(new[] { "notebook", "silent", "resistance" }, tree.SelfAndAncestors("notebook").ToArray());
        CollectionAssert.AreEqual(new[] { "gone" }, tree.SelfAndAncestors("gone").ToArray(), "an id the tree does not hold");
    }

    [TestMethod]
    public void ACycleOfParentsEndsTheWalkAndLeavesTheReadingOrder()
    {
        var tree = new ThemeTree([new Theme { Id = "a", ParentId = "b" }, new Theme { Id = "b", ParentId = "a" }, new Theme { Id = "c" }]);
        CollectionAssert.AreEqual(new[] { "a", "b" }, tree.SelfAndAncestors("a").ToArray());
        CollectionAssert.AreEqual(new[] { "c" }, tree.InOrder.Select(x => x.Theme.Id).ToArray());
    }

    [TestMethod]
    public void DescendantsAreFoundAlsoBelowAThemeJustDeleted()
    {
        var left = Themes.Where(t => t.Id != "resistance");
        var reached = new ThemeTree(left).WithDescendants(["resistance"]);
        CollectionAssert.AreEquivalent(new[] { "resistance", "silent", "notebook", "open" }, reached.ToArray());
    }
}
