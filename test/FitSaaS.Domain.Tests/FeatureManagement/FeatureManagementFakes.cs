using FitSaaS.Domain.Tests.Bookings.Fakes;
using FitSaaS.FeatureManagement;
using FitSaaS.Framework.Uow;

namespace FitSaaS.Domain.Tests.FeatureManagement;

public sealed class FakeEditionRepository : FakeRepository<Edition>, IEditionRepository
{
    public Dictionary<Guid, int> TenantCounts { get; } = [];

    public Task<Edition?> FindByNameAsync(string normalizedName, CancellationToken cancellationToken = default) =>
        Task.FromResult(Visible.FirstOrDefault(e => e.NormalizedName == normalizedName));

    public Task<(Guid Id, string Name, Dictionary<string, string> Values)?> FindValuesAsync(Guid? id, string? normalizedName, CancellationToken cancellationToken = default)
    {
        var edition = Visible.FirstOrDefault(e => id != null ? e.Id == id : e.NormalizedName == normalizedName);
        return Task.FromResult<(Guid, string, Dictionary<string, string>)?>(
            edition is null ? null : (edition.Id, edition.Name, edition.Values.ToDictionary(v => v.Name, v => v.Value)));
    }

    public Task<(List<Edition> Items, long TotalCount)> GetPagedListAsync(
        string? filter, string? sortField, bool descending, int skipCount, int maxResultCount, CancellationToken cancellationToken = default) =>
        Task.FromResult((Visible.ToList(), (long)Visible.Count()));

    public Task<int> CountTenantsAsync(Guid editionId, CancellationToken cancellationToken = default) =>
        Task.FromResult(TenantCounts.GetValueOrDefault(editionId));

    public Task<Dictionary<Guid, string>> GetNamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default) =>
        Task.FromResult(Visible.Where(e => ids.Contains(e.Id)).ToDictionary(e => e.Id, e => e.Name));
}

public sealed class FakeTenantFeatureValueRepository : FakeRepository<TenantFeatureValue>, ITenantFeatureValueRepository
{
    public Dictionary<Guid, (Guid? EditionId, DateTime? EndDateUtc)> Tenants { get; } = [];

    public Task<List<TenantFeatureValue>> GetListAsync(Guid tenantId, bool tracking = false, CancellationToken cancellationToken = default) =>
        Task.FromResult(Visible.Where(v => v.TenantId == tenantId).ToList());

    public Task<(Guid? EditionId, DateTime? EditionEndDateUtc)?> FindTenantEditionAsync(Guid tenantId, CancellationToken cancellationToken = default) =>
        Task.FromResult<(Guid?, DateTime?)?>(Tenants.TryGetValue(tenantId, out var t) ? (t.EditionId, t.EndDateUtc) : null);
}

public sealed class NoUnitOfWorkManager : IUnitOfWorkManager
{
    public IUnitOfWork? Current => null;

    public Task<IUnitOfWork> BeginAsync(UnitOfWorkOptions? options = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();
}
