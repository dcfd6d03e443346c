using FitSaaS.Framework.Domain;

namespace FitSaaS.Bookings;

/// <summary>Repository of <see cref="MemberBookingSummary"/>.</summary>
public interface IMemberBookingSummaryRepository : IRepository<MemberBookingSummary, Guid>
{
    /// <summary>The member's summary in the current tenant, or null.</summary>
    Task<MemberBookingSummary?> FindByMemberAsync(Guid memberUserId, CancellationToken cancellationToken = default);
}
