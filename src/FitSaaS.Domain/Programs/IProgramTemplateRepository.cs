using FitSaaS.Framework.Domain;

namespace FitSaaS.Programs;

/// <summary>Program templates of the current tenant.</summary>
public interface IProgramTemplateRepository : IRepository<ProgramTemplate, Guid>
{
    /// <summary>A page of templates by name, and the total count.</summary>
    Task<(List<ProgramTemplate> Items, long TotalCount)> GetPagedListAsync(int skipCount, int maxResultCount, CancellationToken cancellationToken = default);
}
