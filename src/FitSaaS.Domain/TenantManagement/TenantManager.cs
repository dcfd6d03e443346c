using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Guids;

namespace FitSaaS.TenantManagement;

/// <summary>Creates and renames tenants; owns the unique-name rule.</summary>
public sealed class TenantManager(ITenantRepository tenants, IGuidGenerator guids) : IDomainService
{
    /// <summary>Creates a tenant (not yet inserted).</summary>
    /// <exception cref="BusinessException"><see cref="TenantManagementErrorCodes.DuplicateTenantName"/>.</exception>
    public async Task<Tenant> CreateAsync(string name, CancellationToken cancellationToken = default)
    {
        await EnsureUniqueAsync(name, null, cancellationToken);
        return new Tenant(guids.Create(), name);
    }

    /// <summary>Renames a tenant.</summary>
    /// <exception cref="BusinessException"><see cref="TenantManagementErrorCodes.DuplicateTenantName"/>.</exception>
    public async Task ChangeNameAsync(Tenant tenant, string name, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        await EnsureUniqueAsync(name, tenant.Id, cancellationToken);
        tenant.SetName(name);
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
