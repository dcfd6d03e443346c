namespace FitSaaS.Identity;

/// <summary>
/// Bulk reads and inserts of users for a member import, which ASP.NET Core Identity's manager does one user (and several
/// statements) at a time. Works on the current tenant inside the caller's unit of work; nothing is saved before it completes.
/// </summary>
public interface IIdentityUserImportRepository
{
    /// <summary>
    /// The current tenant's users whose normalised e-mail or normalised user name is one of <paramref name="normalizedKeys"/>
    /// (upper-invariant, as Identity normalises), tracked so their changes are saved with the unit of work; in one query per
    /// 1,000 keys.
    /// </summary>
    Task<List<AppUser>> GetByNormalizedEmailsOrUserNamesAsync(IReadOnlyCollection<string> normalizedKeys, CancellationToken cancellationToken = default);

    /// <summary>
    /// Adds <paramref name="users"/> (fully built: normalised names, security stamp) holding the role
    /// <paramref name="normalizedRoleName"/> of the current tenant; saved with the unit of work.
    /// </summary>
    /// <exception cref="InvalidOperationException">The tenant has no such role.</exception>
    Task InsertInRoleAsync(IReadOnlyCollection<AppUser> users, string normalizedRoleName, CancellationToken cancellationToken = default);
}
