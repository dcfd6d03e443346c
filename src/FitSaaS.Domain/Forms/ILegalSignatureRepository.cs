using FitSaaS.Framework.Domain;

namespace FitSaaS.Forms;

/// <summary>Legal signatures of the current tenant (insert only: never deleted).</summary>
public interface ILegalSignatureRepository : IRepository<LegalSignature, Guid>
{
    /// <summary>For each document, the highest version number the member signed (documents never signed are absent).</summary>
    Task<Dictionary<Guid, int>> GetSignedVersionNumbersAsync(Guid memberId, IReadOnlyCollection<Guid> documentIds, CancellationToken cancellationToken = default);

    /// <summary>Signatures, newest first, untracked: the member's (null = every member's), of a document (null = any).</summary>
    Task<(List<LegalSignature> Items, long TotalCount)> GetPagedListAsync(
        Guid? memberId, Guid? documentId, int skipCount, int maxResultCount, CancellationToken cancellationToken = default);

    /// <summary>Every signature binding the member or signed by them (as a guardian), oldest first, untracked.</summary>
    Task<List<LegalSignature>> GetAllOfPersonAsync(Guid memberId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The distinct members (the signatures' <see cref="LegalSignature.MemberId"/>) who signed a version of the document numbered
    /// below <paramref name="versionNumber"/> and none numbered from it on, in id order.
    /// </summary>
    Task<List<Guid>> GetMembersToResignAsync(Guid legalDocumentId, int versionNumber, CancellationToken cancellationToken = default);
}
