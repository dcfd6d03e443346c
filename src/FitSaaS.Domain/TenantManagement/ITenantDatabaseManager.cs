using FitSaaS.Framework.Data;

namespace FitSaaS.TenantManagement;

/// <summary>
/// Creates, migrates, seeds and drops tenants' own databases (implemented by the EF Core layer). Tenants with
/// their own database need the PostgreSQL provider.
/// </summary>
public interface ITenantDatabaseManager
{
    /// <summary>True when the configured provider supports tenants with their own database (PostgreSQL).</summary>
    bool IsSupported { get; }

    /// <summary>Checks that <paramref name="connectionString"/> can be parsed and does not point at the host database.</summary>
    /// <exception cref="Framework.Exceptions.BusinessException"><see cref="TenantManagementErrorCodes.OwnDatabaseNotSupported"/>, <see cref="TenantManagementErrorCodes.InvalidConnectionString"/>.</exception>
    void Validate(string connectionString);

    /// <summary>
    /// Creates the database when missing, applies the migrations and seeds the tenant (<paramref name="seed"/>) in a
    /// fresh DI scope. On failure drops a database it created and throws.
    /// </summary>
    /// <exception cref="Framework.Exceptions.BusinessException"><see cref="TenantManagementErrorCodes.TenantDatabaseUnavailable"/> (the message has no password).</exception>
    Task CreateAsync(Guid tenantId, string tenantName, string connectionString, DataSeedContext seed, CancellationToken cancellationToken = default);

    /// <summary>Drops the database of <paramref name="connectionString"/> when it exists.</summary>
    Task DropAsync(string connectionString, CancellationToken cancellationToken = default);
}
