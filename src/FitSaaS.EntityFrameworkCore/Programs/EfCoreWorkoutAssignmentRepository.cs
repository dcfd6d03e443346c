using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Programs;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Programs;

/// <summary>EF Core <see cref="IWorkoutAssignmentRepository"/> (tenant and soft-delete filters apply).</summary>
public sealed class EfCoreWorkoutAssignmentRepository(IDbContextProvider<FitSaaSDbContext> dbContextProvider)
    : EfCoreRepository<FitSaaSDbContext, WorkoutAssignment>(dbContextProvider), IWorkoutAssignmentRepository
{
    /// <inheritdoc/>
    public async Task<List<WorkoutAssignment>> GetListAsync(DateOnly from, DateOnly to, IReadOnlyCollection<Guid>? memberIds, CancellationToken cancellationToken = default)
    {
        var query = (await GetDbSetAsync(cancellationToken)).AsNoTracking().Where(a => a.Date >= from && a.Date <= to);
        if (memberIds is not null)
        {
            query = query.Where(a => memberIds.Contains(a.MemberId));
        }

        return await query.OrderBy(a => a.Date).ThenBy(a => a.CreationTime).ThenBy(a => a.Id).ToListAsync(cancellationToken);
    }
}
