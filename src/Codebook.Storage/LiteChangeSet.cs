using Codebook.Core.Media;
using Codebook.Core.Model;
using Codebook.Core.Ports;
using LiteDB;

namespace Codebook.Storage;

/// <summary>Writes of one change, inside the store's open transaction, each recorded with its before and after.</summary>
internal sealed class LiteChangeSet(LiteDatabase db) : IChangeSet
{
    public List<ChangeOp> Ops { get; } = [];

    public void Put(Transcript transcript)
    {
        WriteDerived(Upsert(Collections.Transcripts, transcript), transcript);
    }

    public void Put(Case @case) => Upsert(Collections.Cases, @case);

    public void Put(AttributeDefinition definition) => Upsert(Collections.AttributeDefinitions, definition);

    public void Put(Theme theme) => Upsert(Collections.Themes, theme);

    public void Put(Coding coding) => Upsert(Collections.Codings, coding);

    public void Put(Memo memo) => Upsert(Collections.Memos, memo);

    public void Put(UnplacedCoding unplaced) => Upsert(Collections.UnplacedCodings, unplaced);

    public void Put(CodebookVersion snapshot) => Upsert(Collections.Snapshots, snapshot);

    public void Put(Pseudonym pseudonym) => Upsert(Collections.Pseudonyms, pseudonym);

    public void Put(Recording recording) => Upsert(Collections.Recordings, recording);
    public void Put(SpeakerRoleEntry role) => Upsert(Collections.SpeakerRoles, role);

    public void RemoveTranscript(string id)
    {
        Remove(Collections.Transcripts, id);
        RemoveDerived(id);
    }

    public void RemoveTheme(string id) => Remove(Collections.Themes, id);

    public void RemoveCoding(string id) => Remove(Collections.Codings, id);

    public void RemoveMemo(string id) => Remove(Collections.Memos, id);

    public void RemoveUnplacedCoding(string id) => Remove(Collections.UnplacedCodings, id);
    public void RemovePseudonym(string id) => Remove(Collections.Pseudonyms, id);

    public void RemoveRecording(string transcriptId) => Remove(Collections.Recordings, transcriptId);
    public void RemoveSpeakerRole(string id) => Remove(Collections.SpeakerRoles, id);

    /// <summary>Sets a document back to <paramref name="document"/>, or deletes it when null: how undo and redo write.</summary>
    public void Restore(string collection, BsonValue id, BsonDocument? document)
    {
        var documents = db.GetCollection(collection);
        var before = documents.FindById(id);
        if (document is null) documents.Delete(id);
        else documents.Upsert(document);
        if (collection == Collections.Transcripts && document is null) RemoveDerived(id);
        else if (collection == Collections.Transcripts) WriteDerived(document!, db.Mapper.ToObject<Transcript>(document));
        Ops.Add(new ChangeOp { Collection = collection, Id = id, Before = before, After = document });
    }

    /// <summary>What is kept beside a transcript written: its head and its outline.</summary>
    private void WriteDerived(BsonDocument document, Transcript transcript)
    {
        TranscriptHeads.Write(db, document);
        OutlineDocuments.Write(db, transcript);
    }

    /// <summary>A removed transcript's head and outline.</summary>
    private void RemoveDerived(BsonValue transcriptId)
    {
        OutlineDocuments.Remove(db, transcriptId);
        TranscriptHeads.Remove(db, transcriptId);
    }

    /// <returns>The document written.</returns>
    private BsonDocument Upsert<T>(string collection, T entity)
    {
        var after = db.Mapper.ToDocument(entity);
        var documents = db.GetCollection(collection);
        var before = documents.FindById(after["_id"]);
        documents.Upsert(after);
        Ops.Add(new ChangeOp { Collection = collection, Id = after["_id"], Before = before, After = after });
        return after;
    }

    private void Remove(string collection, string id)
    {
        var documents = db.GetCollection(collection);
        var before = documents.FindById(id);
        if (before is null) return;
        documents.Delete(id);
        Ops.Add(new ChangeOp { Collection = collection, Id = id, Before = before });
    }
}
