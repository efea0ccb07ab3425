using Codebook.Core.Media;
using Codebook.Core.Model;
using LiteDB;

namespace Codebook.Storage;

/// <summary>The one BsonMapper for project files. LiteDB's global mapper trims strings and turns empty
/// strings into null, which would corrupt transcript text and offsets; this one keeps text exactly.</summary>
internal static class ProjectMapper
{
    public static BsonMapper Create()
    {
        var mapper = new BsonMapper { TrimWhitespace = false, EmptyStringToNull = false, SerializeNullValues = false };
        mapper.RegisterType(span => new BsonArray(span.Start, span.End), bson => new TextSpan(bson[0].AsInt32, bson[1].AsInt32));
        mapper.RegisterType(time => time.Ticks, bson => TimeSpan.FromTicks(bson.AsInt64));
        mapper.Entity<Transcript>().Id(t => t.Id, autoId: false).Ignore(t => t.WordCount);
        mapper.Entity<Case>().Id(c => c.Id, autoId: false);
        mapper.Entity<AttributeDefinition>().Id(d => d.Name, autoId: false);
        mapper.Entity<Theme>().Id(t => t.Id, autoId: false);
        mapper.Entity<Coding>().Id(c => c.Id, autoId: false).Ignore(c => c.Span);
        mapper.Entity<Memo>().Id(m => m.Id, autoId: false);
        mapper.Entity<UnplacedCoding>().Id(u => u.Id, autoId: false);
        mapper.Entity<Pseudonym>().Id(p => p.Id, autoId: false);
        mapper.Entity<SpeakerRoleEntry>().Id(r => r.Id, autoId: false);
        mapper.Entity<CodebookVersion>().Id(s => s.Label, autoId: false);
        mapper.Entity<Recording>().Id(r => r.TranscriptId, autoId: false);
        mapper.Entity<ChangeRecord>().Id(c => c.Sequence, autoId: false);
        return mapper;
    }
}
