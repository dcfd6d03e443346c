using FitSaaS.Forms;
using FitSaaS.Framework.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Forms;

/// <summary>EF Core <see cref="IMemberProfileRepository"/> (tenant filter applies).</summary>
public sealed class EfCoreMemberProfileRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, MemberProfile>(dbContextProvider), IMemberProfileRepository
{
    /// <inheritdoc/>
    public async Task<MemberProfile?> FindByMemberAsync(Guid memberId, CancellationToken cancellationToken = default) =>
        await (await GetDbSetAsync(cancellationToken)).FirstOrDefaultAsync(p => p.MemberId == memberId, cancellationToken);
}
