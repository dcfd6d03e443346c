using FitSaaS.Forms;
using FitSaaS.Framework.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Forms;

/// <summary>EF Core <see cref="IGuardianLinkRepository"/> (tenant filter applies).</summary>
public sealed class EfCoreGuardianLinkRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, GuardianLink>(dbContextProvider), IGuardianLinkRepository
{
    /// <inheritdoc/>
    public async Task<List<GuardianLink>> GetListOfMemberAsync(Guid memberId, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken))
            .Where(l => l.GuardianId == memberId || l.DependantId == memberId)
            .OrderBy(l => l.LinkedAt).ThenBy(l => l.Id)
            .ToListAsync(cancellationToken);

    /// <inheritdoc/>
    public async Task<bool> ExistsAsync(Guid guardianId, Guid dependantId, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).AnyAsync(l => l.GuardianId == guardianId && l.DependantId == dependantId, cancellationToken);
}
