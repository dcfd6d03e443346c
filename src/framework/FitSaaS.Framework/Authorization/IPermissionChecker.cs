namespace FitSaaS.Framework.Authorization;

/// <summary>Answers whether the current user or client holds a permission.</summary>
public interface IPermissionChecker
{
    /// <summary>
    /// True when the permission exists, suits the current side (host/tenant), and it and its parents
    /// are granted to the caller in the current tenant. Unknown names are never granted.
    /// </summary>
    Task<bool> IsGrantedAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>Every permission the caller holds on the current side (parents included in the check).</summary>
    Task<IReadOnlyList<string>> GetGrantedNamesAsync(CancellationToken cancellationToken = default);
}
