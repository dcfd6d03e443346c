using FitSaaS.Domain.Tests.Bookings.Fakes;
using FitSaaS.Forms;

namespace FitSaaS.Domain.Tests.Forms.Fakes;

/// <summary>Legal document versions in memory (summaries are read by the application layer, not by these tests).</summary>
public sealed class FakeLegalDocumentVersionRepository : FakeRepository<LegalDocumentVersion>, ILegalDocumentVersionRepository
{
    public Task<List<LegalVersionSummary>> GetSummariesAsync(IReadOnlyCollection<Guid> documentIds, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<List<LegalDocumentVersion>> GetListByDocumentAsync(Guid documentId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Visible.Where(v => v.LegalDocumentId == documentId).OrderBy(v => v.Number).ToList());
}
