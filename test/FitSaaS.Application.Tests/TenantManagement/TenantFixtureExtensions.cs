using FitSaaS.Framework.Uow;
using FitSaaS.Identity;
using FitSaaS.TenantManagement;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.TenantManagement;

/// <summary>Tenant operations the tenant-management tests share.</summary>
internal static class TenantFixtureExtensions
{
    /// <summary>Soft-deletes a tenant as the host admin, through the application service.</summary>
    public static async Task DeleteTenantAsHostAsync(this FitSaaSApplicationFixture fixture, Guid tenantId)
    {
        var hostAdmin = await fixture.GetHostAdminIdAsync();
        using var _ = fixture.RunAs(null, hostAdmin, IdentityConsts.AdminUserName, IdentityConsts.AdminRole);
        await using var scope = fixture.CreateScope();
        await scope.ServiceProvider.GetRequiredService<ITenantAppService>().DeleteAsync(tenantId);
    }

    /// <summary>Registers a tenant row with a connection string without preparing its database (as an operator's import would).</summary>
    public static async Task<Tenant> RegisterTenantRowAsync(this FitSaaSApplicationFixture fixture, string name, string connectionString)
    {
        await using var scope = fixture.CreateScope();
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
        var tenant = await scope.ServiceProvider.GetRequiredService<TenantManager>().CreateAsync(name, connectionString);
        await scope.ServiceProvider.GetRequiredService<ITenantRepository>().InsertAsync(tenant, autoSave: true);
        await unitOfWork.CompleteAsync();
        return tenant;
    }
}
