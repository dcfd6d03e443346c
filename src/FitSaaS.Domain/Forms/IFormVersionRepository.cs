using FitSaaS.Framework.Domain;

namespace FitSaaS.Forms;

/// <summary>The current gym's published form versions (never changed once inserted).</summary>
public interface IFormVersionRepository : IRepository<FormVersion, Guid>
{
    /// <summary>A form's versions, newest first, untracked.</summary>
    Task<List<FormVersion>> GetListByFormAsync(Guid formId, CancellationToken cancellationToken = default);

    /// <summary>Versions by id (those visible), untracked.</summary>
    Task<List<FormVersion>> GetByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default);
}
