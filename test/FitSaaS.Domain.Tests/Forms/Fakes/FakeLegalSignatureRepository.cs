using FitSaaS.Domain.Tests.Bookings.Fakes;
using FitSaaS.Forms;

namespace FitSaaS.Domain.Tests.Forms.Fakes;

/// <summary>Signatures in memory; the members to re-sign are what a test sets (the query itself is tested on both databases).</summary>
public sealed class FakeLegalSignatureRepository : FakeRepository<LegalSignature>, ILegalSignatureRepository
{
    /// <summary>What <see cref="GetMembersToResignAsync"/> answers.</summary>
    public List<Guid> MembersToResign { get; } = [];

    public Task<List<Guid>> GetMembersToResignAsync(Guid legalDocumentId, int versionNumber, CancellationToken cancellationToken = default) =>
        Task.FromResult(MembersToResign.ToList());

    public Task<Dictionary<Guid, int>> GetSignedVersionNumbersAsync(Guid memberId, IReadOnlyCollection<Guid> documentIds, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<(List<LegalSignature> Items, long TotalCount)> GetPagedListAsync(
        Guid? memberId, Guid? documentId, int skipCount, int maxResultCount, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<List<LegalSignature>> GetAllOfPersonAsync(Guid memberId, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();
}
