namespace FitSaaS.Identity;

/// <summary>Read-only user queries that ASP.NET Core Identity's manager does not offer.</summary>
public interface IIdentityUserReadRepository
{
    /// <summary>User names of the given users of the current tenant, in one query; unknown ids are absent.</summary>
    Task<Dictionary<Guid, string>> GetUserNamesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default);

    /// <summary>A page of the current tenant's users, filtered by text (user name or e-mail) and role, and the total count.</summary>
    Task<(List<AppUser> Items, long TotalCount)> GetPagedListAsync(
        string? filter, string? roleName, string? sortField, bool descending, int skipCount, int maxResultCount, CancellationToken cancellationToken = default);

    /// <summary>Role names of each given user, in one query.</summary>
    Task<Dictionary<Guid, List<string>>> GetRoleNamesAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken = default);

    /// <summary>The current tenant's roles with the number of users holding each, in one query.</summary>
    Task<List<(AppRole Role, int UserCount)>> GetRolesWithUserCountsAsync(CancellationToken cancellationToken = default);

    /// <summary>How many of the current tenant's users hold the role (by upper-invariant name); 0 when there is no such role.</summary>
    Task<long> CountInRoleAsync(string normalizedRoleName, CancellationToken cancellationToken = default);

    /// <summary>The e-mails of the current tenant's users (only <paramref name="userId"/>'s when given), by user id; users without one are absent.</summary>
    Task<Dictionary<Guid, string>> GetEmailsAsync(Guid? userId = null, CancellationToken cancellationToken = default);

    /// <summary>The e-mails of the current tenant's users among <paramref name="userIds"/>, by user id; users without one (or unknown) are absent.</summary>
    Task<Dictionary<Guid, string>> GetEmailsOfAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken = default);
}
