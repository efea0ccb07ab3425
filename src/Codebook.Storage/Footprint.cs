using Codebook.Core.Changes;
using LiteDB;

namespace Codebook.Storage;

/// <summary>What a change touched, read from the documents it wrote: a coding's transcript is in the document
/// before (a removal) or after (an insert) or both (a change of span).</summary>
internal static class Footprint
{
    public static ChangeFootprint Of(IReadOnlyList<ChangeOp> ops)
    {
        var transcripts = new HashSet<string>(StringComparer.Ordinal);
        var cases = new HashSet<string>(StringComparer.Ordinal);
        var themes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var op in ops)
        {
            switch (op.Collection)
            {
                case Collections.Transcripts: transcripts.Add(op.Id.AsString); break;
                case Collections.Cases: cases.Add(op.Id.AsString); break;
                case Collections.Themes: themes.Add(op.Id.AsString); break;
                case Collections.Codings:
                    foreach (var document in new[] { op.Before, op.After }.OfType<BsonDocument>())
                    {
                        if (document[nameof(Core.Model.Coding.TranscriptId)] is { IsString: true } id) transcripts.Add(id.AsString);
                    }
                    break;
            }
        }
        return new ChangeFootprint(transcripts, cases, themes);
    }
}
