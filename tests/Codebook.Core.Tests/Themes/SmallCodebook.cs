using System.Text.Json;
using Codebook.Core.Codings;
using Codebook.Core.Memos;
using Codebook.Core.Model;
using Codebook.Core.Tests.Codings;
using Codebook.Core.Themes;
using Codebook.Core.Time;

namespace Codebook.Core.Tests.Themes;

/// <summary>The short interview with a small tree: numbers > (quotas > dashboards, gaming), and resistance at the top.</summary>
internal sealed class SmallCodebook : IDisposable
{
    private readonly Interview _interview = new();

    public SmallCodebook()
    {
        Store.Commit("ana", "setup", "a small tree", changes =>
        {
            changes.Put(new Theme { Id = "quotas", Label = "Quotas", ParentId = "numbers", Key = "q" });
            changes.Put(new Theme { Id = "dashboards", Label = "Dashboards", ParentId = "quotas" });
            changes.Put(new Theme { Id = "gaming", Label = "Gaming", ParentId = "numbers", Order = 1 });
        });
    }

    public Storage.LiteProjectStore Store => _interview.Store;

    public ThemeService Themes(string coder = "ana") => new(Store, new Coder(coder), SystemClock.Instance);

    public Coding Code(string theme, SpanChoice span, string coder = "ana", string? memo = null) =>
        new CodingService(Store, new Coder(coder), SystemClock.Instance).Code("fr01", theme, span, memo).Single();

    public Memo Memo(MemoTarget target, string id, string text) => new MemoService(Store, new Coder("ana"), SystemClock.Instance).Add(target, id, text);

    public Theme Theme(string id) => Store.Themes().Single(t => t.Id == id);

    /// <summary>Every theme, coding and memo, as a text two states can be compared by.</summary>
    public string State() => JsonSerializer.Serialize(new
    {
        Themes = Store.Themes().OrderBy(t => t.Id, StringComparer.Ordinal),
        Codings = Store.Codings().OrderBy(c => c.Id, StringComparer.Ordinal),
        Memos = Store.Memos().OrderBy(m => m.Id, StringComparer.Ordinal),
    });

    public void Dispose() => _interview.Dispose();
}
