using FitSaaS.Framework.Domain;

namespace FitSaaS.Forms;

/// <summary>The current gym's issued forms.</summary>
public interface IIssuedFormRepository : IRepository<IssuedForm, Guid>
{
    /// <summary>The member's pending issue of the form, tracked; null when none.</summary>
    Task<IssuedForm?> FindPendingAsync(Guid memberId, Guid formId, CancellationToken cancellationToken = default);

    /// <summary>A page of issued forms matching the filters (null = any), newest first, untracked; with the total count.</summary>
    Task<(int TotalCount, List<IssuedForm> Items)> GetPagedListAsync(Guid? memberId, Guid? formId, IssuedFormStatus? status, int skipCount, int maxResultCount,
        CancellationToken cancellationToken = default);

    /// <summary>Every issued form of a member, oldest first (tracked: personal data erasure deletes them).</summary>
    Task<List<IssuedForm>> GetListByMemberAsync(Guid memberId, CancellationToken cancellationToken = default);
}
