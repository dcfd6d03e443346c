using FitSaaS.Framework.Domain;

namespace FitSaaS.Forms;

/// <summary>Member profiles of the current tenant.</summary>
public interface IMemberProfileRepository : IRepository<MemberProfile, Guid>
{
    /// <summary>The member's profile (tracked), or null when none.</summary>
    Task<MemberProfile?> FindByMemberAsync(Guid memberId, CancellationToken cancellationToken = default);

    /// <summary>The profiles of the given members (tracked), in one query per 1,000 ids.</summary>
    Task<List<MemberProfile>> GetByMembersAsync(IReadOnlyCollection<Guid> memberIds, CancellationToken cancellationToken = default);

    /// <summary>Every known date of birth of the tenant's members (only <paramref name="memberId"/>'s when given), by member.</summary>
    Task<Dictionary<Guid, DateOnly>> GetDatesOfBirthAsync(Guid? memberId = null, CancellationToken cancellationToken = default);
}
