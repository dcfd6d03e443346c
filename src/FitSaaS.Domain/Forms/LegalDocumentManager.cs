using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Events.Distributed;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Forms;

/// <summary>Creates legal documents, publishes their immutable versions and announces the versions members must re-sign.</summary>
public sealed class LegalDocumentManager(
    ILegalDocumentRepository documents,
    ILegalDocumentVersionRepository versions,
    ILegalSignatureRepository signatures,
    IDistributedEventBus eventBus,
    IGuidGenerator guids,
    ICurrentTenant currentTenant) : IDomainService
{
    /// <summary>Tolerated clock skew for an effective date "now" sent by a client.</summary>
    public static readonly TimeSpan EffectiveDateTolerance = TimeSpan.FromMinutes(5);

    /// <summary>A new document without versions (it requires nothing until its first version is published and effective).</summary>
    /// <exception cref="BusinessException"><see cref="FormsErrorCodes.TooManyLegalDocuments"/>, <see cref="FormsErrorCodes.InvalidDocumentScope"/>.</exception>
    public async Task<LegalDocument> CreateAsync(LegalDocumentKind kind, string title, LegalDocumentScope scope, LegalDocumentGates gates, CancellationToken cancellationToken = default)
    {
        if (await documents.CountAsync(cancellationToken) >= LegalDocumentConsts.MaxDocumentsPerTenant)
        {
            throw new BusinessException(FormsErrorCodes.TooManyLegalDocuments, $"A gym has at most {LegalDocumentConsts.MaxDocumentsPerTenant} legal documents.");
        }

        return new LegalDocument(guids.Create(), currentTenant.Id, kind, title, scope, gates);
    }

    /// <summary>
    /// Publishes the next version of <paramref name="document"/> (number = latest + 1), effective from <paramref name="effectiveFrom"/>
    /// (UTC; default <paramref name="now"/>). The caller inserts the version and updates the document in one unit of work (the
    /// document's concurrency stamp serialises two publications).
    /// </summary>
    /// <exception cref="BusinessException">
    /// <see cref="FormsErrorCodes.InvalidEffectiveDate"/>: in the past (beyond <see cref="EffectiveDateTolerance"/>) or before the previous version's.
    /// </exception>
    public async Task<LegalDocumentVersion> PublishVersionAsync(
        LegalDocument document, string text, DateTime? effectiveFrom, LegalResignPolicy policy, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(text.Length, LegalDocumentConsts.MaxTextLength, nameof(text));
        var from = effectiveFrom is { } requested ? DateTime.SpecifyKind(requested.ToUniversalTime(), DateTimeKind.Utc) : now;
        if (from < now - EffectiveDateTolerance)
        {
            throw new BusinessException(FormsErrorCodes.InvalidEffectiveDate, "A version takes effect now or later.").WithData("effectiveFrom", from);
        }

        if (from < now)
        {
            from = now;
        }

        var previous = (await versions.GetSummariesAsync([document.Id], cancellationToken)).MaxBy(v => v.Number);
        if (previous is not null && from < previous.EffectiveFrom)
        {
            throw new BusinessException(FormsErrorCodes.InvalidEffectiveDate, "A version takes effect no earlier than the previous one.")
                .WithData("effectiveFrom", from)
                .WithData("previousEffectiveFrom", previous.EffectiveFrom);
        }

        return new LegalDocumentVersion(guids.Create(), currentTenant.Id, document.Id, document.NextVersionNumber(), text, from, policy, now);
    }

    /// <summary>
    /// Announces a just-published <paramref name="version"/> to the members who must re-sign it: when its policy is
    /// <see cref="LegalResignPolicy.AllMustResign"/> and it is not the first, publishes <see cref="LegalDocumentToSignEto"/>
    /// through the outbox (in the caller's transaction) for every member whose latest signature is of an earlier version, in
    /// batches of <see cref="LegalDocumentConsts.MaxMembersPerToSignEvent"/>. Call it once, in the unit of work that inserts
    /// the version.
    /// </summary>
    /// <returns>How many members were announced to (0 when the policy or the number asks for none, or nobody signed before).</returns>
    public async Task<int> AnnounceToSignAsync(LegalDocument document, LegalDocumentVersion version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(version);
        if (version.Policy != LegalResignPolicy.AllMustResign || version.Number < 2)
        {
            return 0;
        }

        var members = await signatures.GetMembersToResignAsync(document.Id, version.Number, cancellationToken);
        var batch = 0;
        foreach (var chunk in members.Chunk(LegalDocumentConsts.MaxMembersPerToSignEvent))
        {
            await eventBus.PublishAsync(
                new LegalDocumentToSignEto
                {
                    LegalDocumentId = document.Id,
                    VersionId = version.Id,
                    VersionNumber = version.Number,
                    Title = document.Title,
                    Kind = document.Kind,
                    EffectiveFromUtc = version.EffectiveFrom,
                    Batch = ++batch,
                    MemberUserIds = chunk,
                },
                cancellationToken);
        }

        return members.Count;
    }
}
