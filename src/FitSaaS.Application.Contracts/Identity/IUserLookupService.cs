using FitSaaS.Framework.Application;

namespace FitSaaS.Identity;

/// <summary>In-process user lookups for other modules (not exposed over HTTP).</summary>
[NoHttpApi]
public interface IUserLookupService : IApplicationService
{
    /// <summary>The user of the current tenant with this id, or null.</summary>
    Task<UserLookupDto?> FindByIdAsync(Guid id);

    /// <summary>User names of the given users of the current tenant, in one query; unknown ids are absent.</summary>
    Task<IReadOnlyDictionary<Guid, string>> GetUserNamesAsync(IReadOnlyCollection<Guid> ids);
}
