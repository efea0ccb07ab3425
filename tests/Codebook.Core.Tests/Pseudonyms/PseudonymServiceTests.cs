using Codebook.Core.Errors;
using Codebook.Core.Model;
using Codebook.Core.Pseudonyms;
using Codebook.Core.Time;
using Codebook.Storage;

namespace Codebook.Core.Tests.Pseudonyms;

[TestClass]
public sealed class PseudonymServiceTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("codebook-core-").FullName;

    [TestCleanup]
    public void RemoveFolder() => Directory.Delete(_folder, recursive: true);

    [TestMethod]
    public void TheTableIsKeptInTheProjectAndEachAdditionIsUndoable()
    {
        var path = Path.Combine(_folder, "p.codebook");
        using (var store = ProjectFile.Create(path, new Coder("ana"), SystemClock.Instance))
        {
            var service = new PseudonymService(store, new Coder("ana"));
            service.Add("Verhaegen", "Dupont", PseudonymKind.Person);
            service.Add("Molenbeek", "[commune]", PseudonymKind.Place);

            var taken = Assert.ThrowsExactly<CodebookException>(() => service.Add("VERHAEGEN", "Martin", PseudonymKind.Person));
            Assert.AreEqual(ErrorCode.IdConflict, taken.Code);
            store.Undo("ana");
        }
        using var reopened = ProjectFile.Open(path, SystemClock.Instance);
        var entry = reopened.Pseudonyms().Single();
        Assert.AreEqual(("Verhaegen", "Dupont", PseudonymKind.Person), (entry.RealName, entry.Replacement, entry.Kind));
        new PseudonymService(reopened, new Coder("ana")).Remove("verhaegen");
        Assert.AreEqual(0, reopened.Pseudonyms().Count);
        Assert.AreEqual(ErrorCode.NotFound, Assert.ThrowsExactly<CodebookException>(() => new PseudonymService(reopened, new Coder("ana")).Remove("Verhaegen")).Code);
    }
}
