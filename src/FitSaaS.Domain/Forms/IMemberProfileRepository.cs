using FitSaaS.Framework.Domain;

namespace FitSaaS.Forms;

/// <summary>Member profiles of the current tenant.</summary>
public interface IMemberProfileRepository : IRepository<MemberProfile, Guid>
{
    /// <summary>The member's profile (tracked), or null when none.</summary>
    Task<MemberProfile?> FindByMemberAsync(Guid memberId, CancellationToken cancellationToken = default);
}
