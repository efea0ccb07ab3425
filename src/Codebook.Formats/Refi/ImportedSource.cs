using System.Xml.Linq;
using Codebook.Core.Model;

namespace Codebook.Formats.Refi;

/// <summary>A text source on its way in: the element it came from, the transcript made of it, its codings, and the
/// GUIDs of its selections and codings (for the notes that refer to them).</summary>
internal sealed record ImportedSource(string Guid, XElement Element, Transcript Transcript)
{
    public List<Coding> Codings { get; } = [];

    /// <summary>The coding a selection's or a coding's GUID stands for, to attach the notes they refer to.</summary>
    public Dictionary<string, Coding> CodingOfGuid { get; } = new(StringComparer.Ordinal);
}
