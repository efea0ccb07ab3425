using System.Reflection;
using Codebook.Core.Media;
using Codebook.Core.Model;
using LiteDB;

namespace Codebook.Storage;

/// <summary>The one BsonMapper for project files. LiteDB's global mapper trims strings and turns empty
/// strings into null, which would corrupt transcript text and offsets; this one keeps text exactly.</summary>
internal static class ProjectMapper
{
    /// <summary>Each stored type's id member (stored as <c>_id</c>, never generated) and the member it does not store.
    /// Applied as LiteDB maps a type, on its first use: <c>mapper.Entity&lt;T&gt;()</c> would map every type up front,
    /// compiling a getter and a setter for each member (some 200 methods), which every command paid for before its
    /// work although most read two or three types (docs/PERFORMANCE.md, start-up). The documents are the same.</summary>
    private static readonly Dictionary<Type, (string Id, string? Ignored)> Entities = new()
    {
        [typeof(Transcript)] = (nameof(Transcript.Id), nameof(Transcript.WordCount)),
        [typeof(Case)] = (nameof(Case.Id), null),
        [typeof(AttributeDefinition)] = (nameof(AttributeDefinition.Name), null),
        [typeof(Theme)] = (nameof(Theme.Id), null),
        [typeof(Coding)] = (nameof(Coding.Id), nameof(Coding.Span)),
        [typeof(Memo)] = (nameof(Memo.Id), null),
        [typeof(UnplacedCoding)] = (nameof(UnplacedCoding.Id), null),
        [typeof(Pseudonym)] = (nameof(Pseudonym.Id), null),
        [typeof(SpeakerRoleEntry)] = (nameof(SpeakerRoleEntry.Id), null),
        [typeof(CodebookVersion)] = (nameof(CodebookVersion.Label), null),
        [typeof(Recording)] = (nameof(Recording.TranscriptId), null),
        [typeof(ChangeRecord)] = (nameof(ChangeRecord.Sequence), null),
    };

    public static BsonMapper Create()
    {
        var mapper = new BsonMapper { TrimWhitespace = false, EmptyStringToNull = false, SerializeNullValues = false };
        mapper.RegisterType(span => new BsonArray(span.Start, span.End), bson => new TextSpan(bson[0].AsInt32, bson[1].AsInt32));
        mapper.RegisterType(time => time.Ticks, bson => TimeSpan.FromTicks(bson.AsInt64));
        mapper.ResolveMember = (type, member, mapping) => Configure(mapper, type, member, mapping);
        return mapper;
    }

    /// <summary>What <c>Entity&lt;T&gt;().Id(member, autoId: false).Ignore(other)</c> does, member by member: the id
    /// member becomes <c>_id</c>; a member LiteDB took for the id by its name (<c>Id</c>) goes back to its own name.</summary>
    private static void Configure(BsonMapper mapper, Type type, MemberInfo member, MemberMapper mapping)
    {
        if (!Entities.TryGetValue(type, out var entity)) return;
        if (member.Name == entity.Ignored) mapping.IsIgnore = true;
        else if (member.Name == entity.Id)
        {
            mapping.FieldName = "_id";
            mapping.AutoId = false;
        }
        else if (mapping.FieldName == "_id")
        {
            mapping.FieldName = mapper.ResolveFieldName(member.Name);
            mapping.AutoId = false;
        }
    }
}
