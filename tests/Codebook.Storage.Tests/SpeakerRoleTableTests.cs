using Codebook.Core.Model;

namespace Codebook.Storage.Tests;

[TestClass]
public sealed class SpeakerRoleTableTests
{
    private static SpeakerRoleEntry Entry(string id, string name, SpeakerRole role) => new() { Id = id, Name = name, Role = role };

    [TestMethod]
    public void TheTableIsKeptInTheFileWithItsChangesUndoableAndAFileWithoutItReadsAsEmpty()
    {
        using var temp = new TempProject();
        using (var store = temp.Create())
        {
            Assert.IsEmpty(store.SpeakerRoles(), "a project file written before the table has none");
            store.Commit("ana", "speaker.role", "Sonia set to interviewer", changes => changes.Put(Entry("sonia", "Sonia", SpeakerRole.Interviewer)));
            store.Commit("ana", "speaker.rename", "Sonia renamed", changes =>
            {
                changes.RemoveSpeakerRole("sonia");
                changes.Put(Entry("sonia branca", "Sonia Branca", SpeakerRole.Interviewer));
            });
            store.Undo("ana");
        }
        using var reopened = temp.Open();
        var entry = reopened.SpeakerRoles().Single();
        Assert.AreEqual(("sonia", "Sonia", SpeakerRole.Interviewer), (entry.Id, entry.Name, entry.Role));
        reopened.Redo("ana");
        Assert.AreEqual("Sonia Branca", reopened.SpeakerRoles().Single().Name);
    }
}
