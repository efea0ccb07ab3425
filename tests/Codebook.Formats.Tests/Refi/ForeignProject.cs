namespace Codebook.Formats.Tests.Refi;

/// <summary>A project as NVivo 12 writes it: upper-case GUIDs, source names with underscores, a code description
/// with its own line breaks and spaces, text with CRLF and an emoji counted in UTF-16 units, and every coding
/// naming the user who exported the file while the selections name who made them (three by Marie, one by Luis).</summary>
internal static class ForeignProject
{
    public const string SourceGuid = "1B2C3D4E-0000-4000-8000-00000000000A";
    public const string CodeGuid = "A1B2C3D4-0000-4000-8000-00000000000B";
    public const string ChildGuid = "A1B2C3D4-0000-4000-8000-00000000000C";
    public const string Marie = "5C94BC9E-DB8C-4F1D-9CD6-E900C7440860";
    public const string Luis = "70DAF61C-B6F0-4B5E-8C2F-548FDE3AD3D4";
    public const string Description = "Refus de jouer le jeu des chiffres.\n  Voir aussi : « contournement ».\n\nInclude:\n- grève";

    // "Oui 😀" puts an emoji (two UTF-16 units) before every later selection.
    public const string Text = "ENQ : Vous résistez ?\r\nMARIE : Oui 😀 contre les chiffres.\r\nENQ : Et après ?\r\nMARIE : On ferme les portes, tous les jours.\r\n";

    public static MemoryStream Qdpx()
    {
        int At(string word) => Text.IndexOf(word, StringComparison.Ordinal);
        string Selection(string guid, string word, string user, string code) =>
            $"""<PlainTextSelection guid="{guid}" name="{word}" startPosition="{At(word)}" endPosition="{At(word) + word.Length}" creatingUser="{user}" creationDateTime="2020-11-10T18:01:23Z"><Coding guid="{guid[..^1]}F" creatingUser="{Luis}" creationDateTime="2020-11-10T18:01:23Z"><CodeRef targetGUID="{code}"/></Coding></PlainTextSelection>""";
        var qde = $"""
            <?xml version="1.0" encoding="utf-8"?>
            <Project xmlns="urn:QDA-XML:project:1.0" name="Étude ML" origin="NVivo 12.6.0.959" creatingUserGUID="{Luis}" creationDateTime="2020-11-10T17:00:00Z">
              <Users><User guid="{Marie}" name="Marie Dubois"/><User guid="{Luis}" name="LUIS"/></Users>
              <CodeBook><Codes>
                <Code guid="{CodeGuid}" name="Résistance_au_chiffre" isCodable="true" color="#C03030"><Description>{Description}</Description>
                  <Code guid="{ChildGuid}" name="fermer les portes" isCodable="true"/>
                </Code>
              </Codes></CodeBook>
              <Sources>
                <TextSource guid="{SourceGuid}" name="videos_10_selected" plainTextPath="internal://{SourceGuid}.txt" creatingUser="{Luis}" creationDateTime="2020-11-10T17:00:00Z">
                  {Selection("B0000000-0000-4000-8000-000000000001", "Vous résistez", Marie, CodeGuid)}
                  {Selection("B0000000-0000-4000-8000-000000000002", "contre les chiffres", Marie, CodeGuid)}
                  {Selection("B0000000-0000-4000-8000-000000000003", "On ferme les portes", Marie, ChildGuid)}
                  {Selection("B0000000-0000-4000-8000-000000000004", "tous les jours", Luis, CodeGuid)}
                </TextSource>
              </Sources>
            </Project>
            """;
        return QdpxFile.Make(qde, ($"sources/{SourceGuid}.txt", [.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(Text)]));
    }
}
