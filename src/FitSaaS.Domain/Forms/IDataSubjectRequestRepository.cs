using FitSaaS.Framework.Domain;

namespace FitSaaS.Forms;

/// <summary>Data subject requests of the current tenant.</summary>
public interface IDataSubjectRequestRepository : IRepository<DataSubjectRequest, Guid>
{
    /// <summary>A page of requests, newest received first, filtered by member, kind and status (null = any); and the total count.</summary>
    Task<(List<DataSubjectRequest> Items, long TotalCount)> GetPagedListAsync(
        Guid? memberId, DataSubjectRequestKind? kind, DataSubjectRequestStatus? status, int skipCount, int maxResultCount, CancellationToken cancellationToken = default);

    /// <summary>The member's open (received or in progress) request of the kind, if any.</summary>
    Task<DataSubjectRequest?> FindOpenAsync(Guid memberId, DataSubjectRequestKind kind, CancellationToken cancellationToken = default);
}
