using Codebook.Core.Model;
using Codebook.Core.Search;

namespace Codebook.Core.AutoCoding;

/// <summary>One span auto-code would code, with the hit it comes from (for the preview).</summary>
public sealed record AutoCodeTarget(SearchHit Hit, TextSpan Span);
