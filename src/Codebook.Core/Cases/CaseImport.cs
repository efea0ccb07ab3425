using Codebook.Core.Errors;
using Codebook.Core.Model;
using Codebook.Core.Ports;

namespace Codebook.Core.Cases;

/// <summary>Places the rows of a participants' table on the project's cases: the key column (the first, or the one
/// named) matches a case id, a case name, a transcript id or a transcript's file name, in that order; a transcript
/// without a case gets one, with the transcript's id. Every other column with a name is an attribute, but for the
/// case's own columns that <c>cases export</c> writes (<see cref="NameColumn"/>, <see cref="TranscriptsColumn"/>);
/// an empty cell leaves the attribute as it is.</summary>
public static class CaseImport
{
    /// <summary>The case's name: it names a new case, and is no attribute (a real name must not become one).</summary>
    public const string NameColumn = "name";

    /// <summary>The case's transcripts, as <c>cases export</c> lists them.</summary>
    public const string TranscriptsColumn = "transcripts";

    public static CaseImportPlan Plan(IProjectStore store, AttributeTable table, string? keyColumn)
    {
        int key = KeyOf(table, keyColumn);
        var (attributes, unplacedColumns) = AttributeColumns(table, key);
        int names = unplacedColumns.FirstOrDefault(c => string.Equals(c.Name, NameColumn, StringComparison.OrdinalIgnoreCase))?.Position - 1 ?? -1;
        var types = AttributeTypes.Of(store);
        var places = new Places(store);
        var matches = new List<CaseMatch>();
        var unplacedRows = new List<UnplacedRow>();
        var changes = new List<AttributeChange>();
        var rejected = new List<RejectedValue>();
        var written = new Dictionary<string, Case>(StringComparer.Ordinal);
        var links = new List<TranscriptLink>();
        var lineOf = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.Rows)
        {
            var value = row.CellAt(key);
            if (value.Length == 0)
            {
                if (row.Cells.Any(c => c.Length > 0)) unplacedRows.Add(new UnplacedRow(row.Line, "", $"no value in the key column '{table.Columns[key]}'"));
                continue;
            }
            var (place, reason) = places.Find(value);
            if (place is null)
            {
                unplacedRows.Add(new UnplacedRow(row.Line, value, reason!));
                continue;
            }
            if (lineOf.TryGetValue(place.Case.Id, out var earlier))
            {
                unplacedRows.Add(new UnplacedRow(row.Line, value, $"line {earlier} already gives case '{place.Case.Id}' its attributes"));
                continue;
            }
            lineOf[place.Case.Id] = row.Line;
            var after = new Case { Id = place.Case.Id, Name = place.Case.Name, Attributes = new(place.Case.Attributes, StringComparer.Ordinal) };
            foreach (var (column, name) in attributes)
            {
                var cell = row.CellAt(column);
                if (cell.Length == 0) continue;
                if (types.IsDeclared(name) && !AttributeValues.Fits(types.TypeOf(name), cell))
                {
                    rejected.Add(new RejectedValue(row.Line, name, cell, types.TypeOf(name)));
                    continue;
                }
                var before = after.Attributes.GetValueOrDefault(name);
                if (before == cell) continue;
                changes.Add(new AttributeChange(after.Id, name, before, cell));
                after.Attributes[name] = cell;
            }
            if (place.Transcript is { } transcript)
            {
                after.Name = (names >= 0 && row.CellAt(names) is { Length: > 0 } named ? named : null) ?? Case.NameIn(after.Attributes) ?? transcript.Title;
                links.Add(new TranscriptLink(transcript.Id, after.Id));
            }
            matches.Add(new CaseMatch(row.Line, value, after.Id, place.By, place.Transcript is not null));
            if (place.Transcript is not null || changes.Any(c => c.CaseId == after.Id)) written[after.Id] = after;
        }
        return new CaseImportPlan(table, table.Columns[key], matches, unplacedRows, unplacedColumns, changes, rejected, written.Values.ToList(), links);
    }

    private static int KeyOf(AttributeTable table, string? keyColumn)
    {
        if (table.Columns.Count == 0 || table.Columns.All(c => c.Length == 0))
        {
            throw new CodebookException(ErrorCode.Usage, "the table has no header row", table.Source,
                "put the column names on the first row: the key (case, transcript or file) first, then one column per attribute");
        }
        if (keyColumn is null) return 0;
        int found = table.Columns.ToList().FindIndex(c => string.Equals(c, keyColumn.Trim(), StringComparison.OrdinalIgnoreCase));
        return found >= 0 ? found : throw new CodebookException(ErrorCode.NotFound, $"the table has no column '{keyColumn}'", table.Source,
            $"its columns: {string.Join(", ", table.Columns.Where(c => c.Length > 0))}");
    }

    /// <summary>The columns that give attributes, by position and name, and those that cannot.</summary>
    private static (List<(int Column, string Name)>, List<UnplacedColumn>) AttributeColumns(AttributeTable table, int key)
    {
        var attributes = new List<(int, string)>();
        var unplaced = new List<UnplacedColumn>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < table.Columns.Count; i++)
        {
            if (i == key) continue;
            var name = table.Columns[i];
            bool used = table.Rows.Any(r => r.CellAt(i).Length > 0);
            if (name.Length == 0)
            {
                if (used) unplaced.Add(new UnplacedColumn(i + 1, "", "it has values but no name on the header row"));
            }
            else if (string.Equals(name, NameColumn, StringComparison.OrdinalIgnoreCase))
            {
                unplaced.Add(new UnplacedColumn(i + 1, name, "the case's name, not an attribute: it names new cases (an existing case is renamed on its own)"));
            }
            else if (string.Equals(name, TranscriptsColumn, StringComparison.OrdinalIgnoreCase))
            {
                unplaced.Add(new UnplacedColumn(i + 1, name, "the case's transcripts, as 'cases export' lists them, not an attribute"));
            }
            else if (seen.TryGetValue(name, out var first)) unplaced.Add(new UnplacedColumn(i + 1, name, $"column {first + 1} has the same name"));
            else
            {
                seen[name] = i;
                attributes.Add((i, name));
            }
        }
        return (attributes, unplaced);
    }

    /// <summary>Where a key leads: a case, and the transcript it is made for when it is new.</summary>
    private sealed record Place(Case Case, string By, Transcript? Transcript);

    private sealed class Places(IProjectStore store)
    {
        private readonly IReadOnlyList<Case> cases = store.Cases();
        private readonly IReadOnlyList<Transcript> transcripts = store.TranscriptsWithoutText();

        public (Place?, string?) Find(string key)
        {
            if (cases.FirstOrDefault(c => Same(c.Id, key)) is { } byId) return (new Place(byId, "case id", null), null);
            var byName = cases.Where(c => Same(c.Name, key)).ToList();
            if (byName.Count > 1) return (null, $"{byName.Count} cases are named so ({string.Join(", ", byName.Select(c => c.Id))}): use their ids");
            if (byName.Count == 1) return (new Place(byName[0], "case name", null), null);
            if (transcripts.FirstOrDefault(t => Same(t.Id, key)) is { } transcript) return (ToCase(transcript, "transcript id"), null);
            var byFile = transcripts.Where(t => Same(t.SourceFile, key) || Same(Path.GetFileNameWithoutExtension(t.SourceFile), key)).ToList();
            if (byFile.Count > 1) return (null, $"{byFile.Count} transcripts come from files so named ({string.Join(", ", byFile.Select(t => t.Id))}): use their ids");
            if (byFile.Count == 1) return (ToCase(byFile[0], "file name"), null);
            return (null, "no case id or name, transcript id or file name");
        }

        /// <summary>The transcript's case, or a new one for it.</summary>
        private Place ToCase(Transcript transcript, string by) =>
            transcript.CaseId is { } id && cases.FirstOrDefault(c => c.Id == id) is { } existing
                ? new Place(existing, by, null)
                : new Place(new Case { Id = transcript.CaseId ?? transcript.Id, Name = transcript.Title }, by, transcript);

        private static bool Same(string? a, string b) => string.Equals(a?.Trim(), b, StringComparison.OrdinalIgnoreCase);
    }
}
