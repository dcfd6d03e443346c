using FitSaaS.Framework.Caching;

namespace FitSaaS.Forms;

/// <summary>
/// A member's signed versions as the gates read them, cached per tenant and member by <see cref="LegalGateProvider"/>: for each
/// document of <see cref="DocumentIds"/> the member signed, the highest version number signed.
/// </summary>
/// <param name="DocumentIds">The documents read (an entry answers for these documents only).</param>
/// <param name="HighestSigned">By document, the highest version number signed (documents never signed are absent).</param>
[CacheName("FitSaaS.Forms.LegalSignedVersions")]
public sealed record LegalSignedVersionsCacheItem(IReadOnlyList<Guid> DocumentIds, Dictionary<Guid, int> HighestSigned);
