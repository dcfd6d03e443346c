using FitSaaS.Bookings;
using FitSaaS.Framework.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Bookings;

/// <inheritdoc cref="IMemberBookingSummaryRepository"/>
public sealed class EfCoreMemberBookingSummaryRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, MemberBookingSummary>(dbContextProvider), IMemberBookingSummaryRepository
{
    /// <inheritdoc/>
    public async Task<MemberBookingSummary?> FindByMemberAsync(Guid memberUserId, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).FirstOrDefaultAsync(s => s.MemberUserId == memberUserId, cancellationToken);
}
