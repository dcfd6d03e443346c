using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Guids;

namespace FitSaaS.TenantManagement;

/// <summary>Creates and renames tenants; owns the unique-name and unique-domain rules.</summary>
public sealed class TenantManager(ITenantRepository tenants, IGuidGenerator guids, TenantConnectionStringProtector protector) : IDomainService
{
    /// <summary>Creates a tenant (not yet inserted), optionally with its own database.</summary>
    /// <exception cref="BusinessException"><see cref="TenantManagementErrorCodes.DuplicateTenantName"/>.</exception>
    public async Task<Tenant> CreateAsync(string name, string? connectionString = null, CancellationToken cancellationToken = default)
    {
        await EnsureUniqueAsync(name, null, cancellationToken);
        var tenant = new Tenant(guids.Create(), name);
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            tenant.SetProtectedConnectionString(protector.Protect(connectionString.Trim()));
        }

        return tenant;
    }

    /// <summary>Renames a tenant.</summary>
    /// <exception cref="BusinessException"><see cref="TenantManagementErrorCodes.DuplicateTenantName"/>.</exception>
    public async Task ChangeNameAsync(Tenant tenant, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        await EnsureUniqueAsync(name, tenant.Id, cancellationToken);
        tenant.SetName(name);
    }

    /// <summary>Adds a custom domain to a tenant; adding one it already has does nothing.</summary>
    /// <exception cref="BusinessException">
    /// <see cref="TenantManagementErrorCodes.InvalidDomain"/> (not a DNS host name),
    /// <see cref="TenantManagementErrorCodes.DuplicateDomain"/> (another tenant has it).
    /// </exception>
    public async Task<TenantDomain> AddDomainAsync(Tenant tenant, string hostName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        ArgumentNullException.ThrowIfNull(hostName);
        var normalized = TenantDomain.Normalize(hostName);
        if (!TenantDomain.IsValidHostName(normalized))
        {
            throw new BusinessException(TenantManagementErrorCodes.InvalidDomain, $"'{hostName}' is not a valid DNS host name.")
                .WithData("hostName", hostName);
        }

        if (tenant.Domains.FirstOrDefault(d => d.HostName == normalized) is { } existing)
        {
            return existing;
        }

        if (await tenants.FindTenantIdByDomainAsync(normalized, cancellationToken) is not null)
        {
            throw new BusinessException(TenantManagementErrorCodes.DuplicateDomain, $"The domain '{normalized}' is already used by a tenant.")
                .WithData("hostName", normalized);
        }

        return tenant.AddDomain(guids.Create(), normalized);
    }

    private async Task EnsureUniqueAsync(string name, Guid? exceptId, CancellationToken cancellationToken)
    {
        var existing = await tenants.FindByNameAsync(name.Trim().ToUpperInvariant(), cancellationToken);
        if (existing is not null && existing.Id != exceptId)
        {
            throw new BusinessException(TenantManagementErrorCodes.DuplicateTenantName, $"A tenant named '{name}' already exists.")
                .WithData("name", name);
        }
    }
}
