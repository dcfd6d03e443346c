using FitSaaS.Framework.Domain;

namespace FitSaaS.Forms;

/// <summary>The current gym's forms.</summary>
public interface IFormRepository : IRepository<Form, Guid>
{
    /// <summary>A page of forms (optionally of one purpose), by name, untracked; with the total count.</summary>
    Task<(int TotalCount, List<Form> Items)> GetPagedListAsync(FormPurpose? purpose, int skipCount, int maxResultCount, CancellationToken cancellationToken = default);

    /// <summary>The published forms flagged to be issued when a membership becomes active.</summary>
    Task<List<Form>> GetIssuedOnMembershipActivationAsync(CancellationToken cancellationToken = default);

    /// <summary>Forms by id (those visible), untracked.</summary>
    Task<List<Form>> GetByIdsAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default);
}
