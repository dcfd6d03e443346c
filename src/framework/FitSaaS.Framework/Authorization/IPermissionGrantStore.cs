namespace FitSaaS.Framework.Authorization;

/// <summary>
/// Where grants come from (implemented by permission management over the database): the compiled
/// grant set of one subject — user grants ∪ its roles' grants, or a client's grants. Implementations
/// cache the set and invalidate it when grants or role memberships change.
/// </summary>
public interface IPermissionGrantStore
{
    /// <summary>Returns every permission name granted to the subject, in one round-trip at most.</summary>
    Task<IReadOnlySet<string>> GetGrantSetAsync(PermissionSubject subject, CancellationToken cancellationToken = default);
}
