using Codebook.Core.Errors;
using Codebook.Core.Model;
using Codebook.Core.Ports;
using Codebook.Core.Text;
using Codebook.Core.Time;

namespace Codebook.Core.Themes;

/// <summary>The codebook's labelled versions: taking a snapshot (one logged change, undoable) and comparing two.</summary>
public sealed class CodebookVersions(IProjectStore store, Coder coder, IClock clock)
{
    /// <summary>The name that stands for the live codebook in <see cref="Diff"/>.</summary>
    public const string Current = "current";

    public CodebookVersion Snapshot(string label)
    {
        label = label.Trim();
        if (label.Length == 0 || label == Current)
        {
            throw new CodebookException(ErrorCode.Usage, $"'{label}' cannot label a snapshot", label, new ErrorHint(HintKind.SnapshotLabelExample, Current));
        }
        if (store.Snapshots().Any(s => s.Label == label))
        {
            throw new CodebookException(ErrorCode.IdConflict, $"there is already a snapshot '{label}'", label, new ErrorHint(HintKind.SnapshotLabelTaken));
        }
        var snapshot = new CodebookVersion { Label = label, At = clock.UtcNow, Coder = coder.Name, Themes = [.. store.Themes()] };
        store.Commit(coder.Name, "themes.snapshot", $"snapshot \"{label}\" of the codebook ({Counted.Of(snapshot.Themes.Count, "theme")})", changes => changes.Put(snapshot));
        return snapshot;
    }

    /// <summary>What changed in the codebook from version <paramref name="before"/> to <paramref name="after"/>
    /// (snapshot labels, or <see cref="Current"/>).</summary>
    public IReadOnlyList<ThemeDifference> Diff(string before, string after) => CodebookDiff.Between(Themes(before), Themes(after));

    private IReadOnlyList<Theme> Themes(string label) => label == Current
        ? store.Themes()
        : store.Snapshots().FirstOrDefault(s => s.Label == label)?.Themes
          ?? throw new CodebookException(ErrorCode.NotFound, $"no snapshot '{label}' in this project", store.Location,
              new ErrorHint(HintKind.SnapshotUnknown, Current));
}
