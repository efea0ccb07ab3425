using Codebook.Core.Changes;
using Codebook.Core.Errors;
using Codebook.Core.Model;
using Codebook.Core.Ports;
using Codebook.Core.Text;

namespace Codebook.Core.Cases;

/// <summary>Changes to cases and their attributes, each one logged, undoable change that the search index follows
/// (case attributes are searched as <c>attr.NAME</c>).</summary>
public sealed class CaseService(IProjectStore store, Coder coder)
{
    /// <summary>Sets attributes of a case (a new name or a new value), checking each against its attribute's type
    /// when a researcher gave it one.</summary>
    public Case Set(string caseId, IReadOnlyList<KeyValuePair<string, string>> values)
    {
        if (values.Count == 0) throw new CodebookException(ErrorCode.Usage, "no attribute to set", "case set", new ErrorHint(HintKind.SetAttributeExample));
        var @case = store.RequireCase(caseId);
        var types = AttributeTypes.Of(store);
        foreach (var (name, value) in values)
        {
            if (name.Trim().Length == 0 || value.Trim().Length == 0)
            {
                throw new CodebookException(ErrorCode.Usage, $"'{name}={value}' needs both a name and a value", "case set",
                    new ErrorHint(HintKind.NameEqualsValue));
            }
            var type = types.TypeOf(name.Trim());
            if (types.IsDeclared(name.Trim()) && !AttributeValues.Fits(type, value))
            {
                throw new CodebookException(ErrorCode.Usage, $"'{value.Trim()}' is not a {AttributeValues.Describe(type)}, the type of '{name.Trim()}'", "case set",
                    new ErrorHint(HintKind.ValueOrText, Example(type), name.Trim()));
            }
            @case.Attributes[name.Trim()] = value.Trim();
        }
        var said = string.Join(", ", values.Select(v => $"{v.Key.Trim()}={v.Value.Trim()}"));
        store.Commit(coder.Name, "case.set", $"case '{@case.Id}': {said}", changes => changes.Put(@case));
        return @case;
    }

    public Case Unset(string caseId, string name)
    {
        var @case = store.RequireCase(caseId);
        if (!@case.Attributes.Remove(name))
        {
            throw new CodebookException(ErrorCode.NotFound, $"case '{@case.Id}' has no attribute '{name}'", "case unset",
                @case.Attributes.Count == 0 ? "it has no attributes" : $"its attributes: {string.Join(", ", @case.Attributes.Keys.Order(StringComparer.Ordinal))}");
        }
        store.Commit(coder.Name, "case.unset", $"case '{@case.Id}': removed {name}", changes => changes.Put(@case));
        return @case;
    }

    /// <summary>Gives a case a new name (what listings and citations show); its id stays.</summary>
    public Case Rename(string caseId, string name)
    {
        var @case = store.RequireCase(caseId);
        if (name.Trim().Length == 0) throw new CodebookException(ErrorCode.Usage, "the new name is empty", "case rename", new ErrorHint(HintKind.RenameCaseExample));
        var before = @case.Name;
        @case.Name = name.Trim();
        store.Commit(coder.Name, "case.rename", $"case '{@case.Id}': renamed '{before}' to '{@case.Name}'", changes => changes.Put(@case));
        return @case;
    }

    /// <summary>Gives an attribute a type. Every value the cases already have must fit it.</summary>
    public AttributeDefinition SetType(string name, AttributeType type)
    {
        var cases = store.Cases();
        if (!cases.Any(c => c.Attributes.ContainsKey(name)) && !store.AttributeDefinitions().Any(d => d.Name == name))
        {
            var known = new AttributeTypes(cases, []).Names;
            var message = $"no case has the attribute '{name}'";
            throw known.Count == 0
                ? new CodebookException(ErrorCode.NotFound, message, "attribute type", new ErrorHint(HintKind.NoAttributesYet))
                : new CodebookException(ErrorCode.NotFound, message, "attribute type", $"attributes: {string.Join(", ", known)}");
        }
        var misfits = cases.Where(c => c.Attributes.TryGetValue(name, out var v) && !AttributeValues.Fits(type, v)).ToList();
        if (misfits.Count > 0)
        {
            var shown = string.Join(", ", misfits.Take(5).Select(c => $"{c.Id}: '{c.Attributes[name]}'"));
            throw new CodebookException(ErrorCode.Usage, $"{Counted.Of(misfits.Count, "value")} of '{name}' {(misfits.Count == 1 ? "is" : "are")} not a {AttributeValues.Describe(type)} ({shown}{(misfits.Count > 5 ? ", …" : "")})",
                "attribute type", new ErrorHint(HintKind.CorrectValues, name, Example(type)));
        }
        var definition = new AttributeDefinition { Name = name, Type = type };
        store.Commit(coder.Name, "attribute.type", $"attribute '{name}' is a {AttributeValues.Describe(type)}", changes => changes.Put(definition));
        return definition;
    }

    /// <summary>Applies an import's plan as one change (one undo takes it back whole); null when it changes nothing.</summary>
    public Change? Import(CaseImportPlan plan)
    {
        if (plan.Empty) return null;
        var summary = $"imported attributes of {Counted.Of(plan.Written.Count, "case")} from {Path.GetFileName(plan.Table.Source)}";
        return store.Commit(coder.Name, "cases.import", summary, changes =>
        {
            foreach (var @case in plan.Written) changes.Put(@case);
            foreach (var link in plan.Links)
            {
                var transcript = store.RequireTranscript(link.TranscriptId);
                transcript.CaseId = link.CaseId;
                changes.Put(transcript);
            }
        });
    }

    private static string Example(AttributeType type) => type switch
    {
        AttributeType.Number => "number such as 41 or 3.5",
        AttributeType.Date => "date such as 2014-03-20",
        _ => "text",
    };
}
