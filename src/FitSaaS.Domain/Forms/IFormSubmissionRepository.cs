using FitSaaS.Framework.Domain;

namespace FitSaaS.Forms;

/// <summary>The current gym's form submissions.</summary>
public interface IFormSubmissionRepository : IRepository<FormSubmission, Guid>
{
    /// <summary>A page of submissions matching the filters (null = any), newest first, untracked; with the total count.</summary>
    Task<(int TotalCount, List<FormSubmission> Items)> GetPagedListAsync(Guid? formId, Guid? memberId, FormSubmissionStatus? status, int skipCount, int maxResultCount,
        CancellationToken cancellationToken = default);

    /// <summary>Every submission about a member, oldest first (tracked: personal data erasure deletes them).</summary>
    Task<List<FormSubmission>> GetListByMemberAsync(Guid memberId, CancellationToken cancellationToken = default);
}
