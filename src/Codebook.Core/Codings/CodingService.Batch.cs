using Codebook.Core.Model;
using Codebook.Core.Ports;
using Codebook.Core.Time;

namespace Codebook.Core.Codings;

public sealed partial class CodingService
{
    /// <summary>New codings for one change: knows what the coder has coded already (and what this change adds) and
    /// which ids are taken, reading the project's codings once however many passages are coded.</summary>
    private sealed class Batch
    {
        private readonly Dictionary<(string Transcript, string Theme, TextSpan Span), string> _coded;
        private readonly NewCodings _make;

        public Batch(IProjectStore store, Coder coder, IClock clock)
        {
            var codings = store.Codings();
            _coded = codings.Where(c => c.Coder == coder.Name).ToDictionary(c => (c.TranscriptId, c.ThemeId, c.Span), c => c.Id);
            // Ids of codings a re-import kept aside stay theirs: they may be placed again.
            _make = new NewCodings(codings.Concat(store.UnplacedCodings().Select(u => u.Coding)), coder, clock.UtcNow);
        }

        /// <summary>The id of the coding this coder already has on <paramref name="span"/> with the theme.</summary>
        public string CodedAs(Transcript transcript, Theme theme, TextSpan span) => _coded[(transcript.Id, theme.Id, span)];

        /// <summary>Codings for the spans not coded yet with this theme by this coder.</summary>
        public List<Coding> Add(Transcript transcript, Theme theme, IReadOnlyList<TextSpan> spans, string? memo)
        {
            var added = new List<Coding>();
            foreach (var span in spans.Where(span => !_coded.ContainsKey((transcript.Id, theme.Id, span))))
            {
                var coding = _make.For(transcript.Id, theme.Id, span, memo);
                _coded[(transcript.Id, theme.Id, span)] = coding.Id;
                added.Add(coding);
            }
            return added;
        }
    }
}
