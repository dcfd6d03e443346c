using FitSaaS.Framework.Caching;

namespace FitSaaS.Forms;

/// <summary>
/// The tenant's documents that gate something and have a published version, with their versions' summaries, cached per tenant by
/// <see cref="LegalGateProvider"/> (at most <see cref="LegalDocumentConsts.MaxDocumentsPerTenant"/> documents).
/// </summary>
/// <param name="Documents">One entry per gating document.</param>
[CacheName("FitSaaS.Forms.LegalGates")]
public sealed record LegalGateCacheItem(IReadOnlyList<LegalGateDocument> Documents);
