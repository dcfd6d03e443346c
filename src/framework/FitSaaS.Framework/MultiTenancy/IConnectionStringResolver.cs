namespace FitSaaS.Framework.MultiTenancy;

/// <summary>
/// Picks the database connection string (ABP's <c>IConnectionStringResolver</c>): the tenant's own database
/// when it has one, else the default (host, shared) database. Resolving is asynchronous only: it may read the tenant store.
/// </summary>
public interface IConnectionStringResolver
{
    /// <summary>The host (shared) database's connection string.</summary>
    string Default { get; }

    /// <summary>
    /// The connection string for <paramref name="tenantId"/> (null = host): its own database, or <see cref="Default"/>. Asks the
    /// tenant store (cached) when the answer is not known yet; the answer is remembered for the scope.
    /// </summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    Task<string> ResolveAsync(Guid? tenantId, CancellationToken cancellationToken = default);

    /// <summary>
    /// The connection string for <paramref name="tenantId"/> when it is known without asking the tenant store (the host, a
    /// <see cref="ResolveAsync"/> answer of this scope, an override, or an answer of the last second in this process); never
    /// does I/O. False when it would have to be resolved.
    /// </summary>
    bool TryGetResolved(Guid? tenantId, out string connectionString);

    /// <summary>
    /// Remembers for the scope the connection string of <paramref name="tenant"/>, which the caller has just read from the
    /// tenant store (the request pipeline does), so this scope does not look it up again. No I/O.
    /// </summary>
    void Remember(TenantConfiguration tenant);
}
