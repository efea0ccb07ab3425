using Codebook.Core.Errors;
using Codebook.Core.Model;
using Codebook.Core.Ports;

namespace Codebook.Core.Pseudonyms;

/// <summary>Keeps the project's pseudonym table, each addition or removal one logged, undoable change.</summary>
public sealed class PseudonymService(IProjectStore store, Coder coder)
{
    public Pseudonym Add(string realName, string replacement, PseudonymKind kind, string? initials = null)
    {
        if (initials is not null && NamePattern.Letters(initials).Length < 2)
        {
            throw new CodebookException(ErrorCode.Usage, $"'{initials}' are not initials: give two letters or more", "initials", new ErrorHint(HintKind.InitialsExample));
        }
        var (real, pseudonym) = (realName.Trim(), replacement.Trim());
        if (real.Length == 0 || pseudonym.Length == 0)
        {
            throw new CodebookException(ErrorCode.Usage, "a real name and its pseudonym must both be given", "pseudonyms add",
                new ErrorHint(HintKind.AddPseudonymExample));
        }
        var key = Pseudonymiser.KeyOf(real);
        if (key == Pseudonymiser.KeyOf(pseudonym))
        {
            throw new CodebookException(ErrorCode.Usage, $"'{pseudonym}' is the real name itself", "pseudonyms add", "choose a different pseudonym");
        }
        if (store.Pseudonyms().FirstOrDefault(p => p.Id == key) is { } taken)
        {
            throw new CodebookException(ErrorCode.IdConflict, $"'{taken.RealName}' already has the pseudonym '{taken.Replacement}'", "pseudonyms add",
                new ErrorHint(HintKind.RemovePseudonymFirst, taken.RealName));
        }
        var entry = new Pseudonym { Id = key, RealName = real, Replacement = pseudonym, Kind = kind, Initials = initials?.Trim() };
        store.Commit(coder.Name, "pseudonym.add", $"pseudonym '{pseudonym}' for a {Describe(kind)}", changes => changes.Put(entry));
        return entry;
    }

    public Pseudonym Remove(string realName)
    {
        var key = Pseudonymiser.KeyOf(realName);
        var entry = store.Pseudonyms().FirstOrDefault(p => p.Id == key)
            ?? throw new CodebookException(ErrorCode.NotFound, $"no pseudonym for '{realName.Trim()}' in this project", store.Location,
                new ErrorHint(HintKind.ListPseudonyms));
        store.Commit(coder.Name, "pseudonym.remove", $"removed the pseudonym '{entry.Replacement}'", changes => changes.RemovePseudonym(entry.Id));
        return entry;
    }

    public static string Describe(PseudonymKind kind) => kind.ToString().ToLowerInvariant();
}
