using FitSaaS.Framework.Caching;
using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Uow;
using Microsoft.Extensions.Caching.Distributed;

namespace FitSaaS.Forms;

/// <summary>
/// The tenant's gating documents with their versions for <see cref="LegalRequirementChecker"/>'s gates: from the distributed cache
/// (per tenant, <see cref="CacheDuration"/>, removed after the commit of a change: <see cref="LegalDocumentsChangedEvent"/>); the
/// unit of work that changed a document reads them from the database until it commits; and a member's signed versions of them, also
/// cached (per member, <see cref="SignedCacheDuration"/>, removed after the commit of a signature: <see cref="LegalSignedEvent"/>). A booking then reads nothing from
/// the database while both are cached. An instance keeps the documents it read for its lifetime (one request or job step).
/// </summary>
public sealed class LegalGateProvider(
    ILegalDocumentRepository documents,
    ILegalDocumentVersionRepository versions,
    ILegalSignatureRepository signatures,
    IDistributedCache<LegalGateCacheItem> cache,
    IDistributedCache<LegalSignedVersionsCacheItem> signedCache,
    IUnitOfWorkManager unitOfWorkManager) : IDomainService
{
    /// <summary>The cache key (the cache adds the tenant).</summary>
    public const string CacheKey = "gates";

    /// <summary>How long the cached gates live: 10 minutes.</summary>
    public static readonly TimeSpan CacheDuration = TimeSpan.FromMinutes(10);

    /// <summary>
    /// How long a member's cached signed versions live: 24 hours. Longer than the documents' entry because nothing but the
    /// member's own signature changes it (removed after that commit, on every instance through the cache's backplane) and an
    /// entry that lacks a newer document is re-read; so a member pays the signature read about once a day, not per booking.
    /// </summary>
    public static readonly TimeSpan SignedCacheDuration = TimeSpan.FromHours(24);

    private static readonly DistributedCacheEntryOptions Entry = new() { AbsoluteExpirationRelativeToNow = CacheDuration };

    private static readonly DistributedCacheEntryOptions SignedEntry = new() { AbsoluteExpirationRelativeToNow = SignedCacheDuration };

    private IReadOnlyList<LegalGateDocument>? _documents;

    /// <summary>Every document that gates something and has a published version, with its versions (any effective date).</summary>
    public async Task<IReadOnlyList<LegalGateDocument>> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_documents is { } memo)
        {
            return memo;
        }

        if (unitOfWorkManager.Current.HasCacheDataChanged(CacheKey) || await cache.GetAsync(CacheKey, cancellationToken) is not { } item)
        {
            item = new LegalGateCacheItem(await ReadAsync(cancellationToken));
            if (!unitOfWorkManager.Current.HasCacheDataChanged(CacheKey))
            {
                await cache.SetAsync(CacheKey, item, Entry, cancellationToken);
            }
        }

        return _documents = item.Documents;
    }

    /// <summary>
    /// For each of <paramref name="documentIds"/> the member signed, the highest version number signed (the result may list other
    /// documents too): from the cache when its entry covers the documents, otherwise read for them and every gating document.
    /// </summary>
    public async Task<Dictionary<Guid, int>> GetSignedVersionNumbersAsync(Guid memberId, IReadOnlyCollection<Guid> documentIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        var key = SignedKey(memberId);
        var changed = unitOfWorkManager.Current.HasCacheDataChanged(key);
        if (!changed && await signedCache.GetAsync(key, cancellationToken) is { } cached && documentIds.All(cached.DocumentIds.Contains))
        {
            return cached.HighestSigned;
        }

        // Read for every gating document, so the entry answers for any gate of the member until it goes.
        List<Guid> ids = [.. documentIds.Union((await GetAsync(cancellationToken)).Select(d => d.Id))];
        var signed = await signatures.GetSignedVersionNumbersAsync(memberId, ids, cancellationToken);
        if (!changed)
        {
            await signedCache.SetAsync(key, new LegalSignedVersionsCacheItem(ids, signed), SignedEntry, cancellationToken);
        }

        return signed;
    }

    /// <summary>The cache key of a member's signed versions (the cache adds the tenant).</summary>
    public static string SignedKey(Guid memberId) => $"signed:{memberId:N}";

    private async Task<List<LegalGateDocument>> ReadAsync(CancellationToken cancellationToken)
    {
        var gating = await documents.GetGatingAsync(cancellationToken);
        if (gating.Count == 0)
        {
            return [];
        }

        var byDocument = (await versions.GetSummariesAsync([.. gating.Select(d => d.Id)], cancellationToken)).ToLookup(v => v.LegalDocumentId);
        return [.. gating
            .Where(d => byDocument[d.Id].Any())
            .Select(d => new LegalGateDocument(d.Id, d.Title, d.Kind, d.Scope, d.Gates, [.. byDocument[d.Id].OrderBy(v => v.Number)]))];
    }
}
