using FitSaaS.Framework.Domain;

namespace FitSaaS.Forms;

/// <summary>Guardian links of the current tenant.</summary>
public interface IGuardianLinkRepository : IRepository<GuardianLink, Guid>
{
    /// <summary>Links where the member is the guardian or the dependant (tracked).</summary>
    Task<List<GuardianLink>> GetListOfMemberAsync(Guid memberId, CancellationToken cancellationToken = default);

    /// <summary>True when <paramref name="guardianId"/> is a guardian of <paramref name="dependantId"/>.</summary>
    Task<bool> ExistsAsync(Guid guardianId, Guid dependantId, CancellationToken cancellationToken = default);
}
