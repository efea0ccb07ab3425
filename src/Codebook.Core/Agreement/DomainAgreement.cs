using Codebook.Core.Model;

namespace Codebook.Core.Agreement;

/// <summary>The coefficients for a domain: a parent theme whose children are mutually exclusive values.</summary>
public sealed record DomainAgreement(Theme Domain, Coefficient Alpha, Coefficient Fleiss);
