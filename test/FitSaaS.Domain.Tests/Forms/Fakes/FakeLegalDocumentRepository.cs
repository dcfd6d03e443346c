using FitSaaS.Domain.Tests.Bookings.Fakes;
using FitSaaS.Forms;

namespace FitSaaS.Domain.Tests.Forms.Fakes;

/// <summary>Legal documents in memory.</summary>
public sealed class FakeLegalDocumentRepository : FakeRepository<LegalDocument>, ILegalDocumentRepository
{
    public Task<List<LegalDocument>> GetAllAsync(CancellationToken cancellationToken = default) => Task.FromResult(Visible.ToList());

    public Task<List<LegalDocument>> GetGatingAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(Visible.Where(d => d.Gates != LegalDocumentGates.None).ToList());

    public Task<int> CountAsync(CancellationToken cancellationToken = default) => Task.FromResult(Visible.Count());
}
