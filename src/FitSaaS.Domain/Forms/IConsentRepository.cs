using FitSaaS.Framework.Domain;

namespace FitSaaS.Forms;

/// <summary>Consent records of the current tenant (insert only: the history).</summary>
public interface IConsentRepository : IRepository<Consent, Guid>
{
    /// <summary>The member's records, newest first, untracked.</summary>
    Task<List<Consent>> GetListByMemberAsync(Guid memberId, CancellationToken cancellationToken = default);

    /// <summary>The member's latest record for the purpose (the consent in force), or null when never recorded.</summary>
    Task<Consent?> FindLatestAsync(Guid memberId, ConsentPurpose purpose, CancellationToken cancellationToken = default);
}
