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

    /// <inheritdoc/>
    public async Task<List<MemberProfile>> GetByMembersAsync(IReadOnlyCollection<Guid> memberIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(memberIds);
        var dbSet = await GetDbSetAsync(cancellationToken);
        var profiles = new List<MemberProfile>();
        foreach (var chunk in memberIds.Distinct().Chunk(1_000))
        {
            profiles.AddRange(await dbSet.Where(p => chunk.Contains(p.MemberId)).ToListAsync(cancellationToken));
        }

        return profiles;
    }

    /// <inheritdoc/>
    public async Task<Dictionary<Guid, DateOnly>> GetDatesOfBirthAsync(Guid? memberId = null, CancellationToken cancellationToken = default)
    {
        var query = (await GetDbSetAsync(cancellationToken)).AsNoTracking().Where(p => p.DateOfBirth != null);
        if (memberId is { } id)
        {
            query = query.Where(p => p.MemberId == id);
        }

        return await query.ToDictionaryAsync(p => p.MemberId, p => p.DateOfBirth!.Value, cancellationToken);
    }
}
