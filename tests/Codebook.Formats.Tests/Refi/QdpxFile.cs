using System.IO.Compression;
using System.Text;

namespace Codebook.Formats.Tests.Refi;

/// <summary>A .qdpx made in memory, as another tool would write it: a project.qde and its source files.</summary>
internal static class QdpxFile
{
    public static MemoryStream Make(string projectQde, params (string Name, byte[] Bytes)[] entries)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries.Prepend(("project.qde", Encoding.UTF8.GetBytes(projectQde))))
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(bytes);
            }
        }
        stream.Position = 0;
        return stream;
    }

    /// <summary>A project with one code and one text source, <paramref name="text"/> in <c>sources/</c> as UTF-8 with a
    /// BOM (as NVivo writes it), and a selection for each <c>(start, end)</c>, all by one user.</summary>
    public static MemoryStream OneSource(string origin, string text, params (int Start, int End)[] selections)
    {
        var selectionXml = string.Concat(selections.Select((s, i) =>
            $"""<PlainTextSelection guid="00000000-0000-0000-0001-{i:D12}" startPosition="{s.Start}" endPosition="{s.End}" creatingUser="{User}"><Coding guid="00000000-0000-0000-0002-{i:D12}" creatingUser="{User}"><CodeRef targetGUID="{Code}"/></Coding></PlainTextSelection>"""));
        var qde = $"""
            <?xml version="1.0" encoding="utf-8"?>
            <Project xmlns="urn:QDA-XML:project:1.0" name="other tool" origin="{origin}">
              <Users><User guid="{User}" name="marie"/></Users>
              <CodeBook><Codes><Code guid="{Code}" name="Résistance" isCodable="true" color="#c03"/></Codes></CodeBook>
              <Sources><TextSource guid="{Source}" name="Entretien 1" plainTextPath="internal://{Source}.txt">{selectionXml}</TextSource></Sources>
            </Project>
            """;
        return Make(qde, ($"sources/{Source}.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)]));
    }

    private const string Source = "10000000-0000-0000-0000-000000000001";
    private const string User = "20000000-0000-0000-0000-000000000001";
    private const string Code = "30000000-0000-0000-0000-000000000001";
}
