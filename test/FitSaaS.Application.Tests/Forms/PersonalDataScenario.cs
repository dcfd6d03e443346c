using System.Text.Json;
using FitSaaS.EntityFrameworkCore;
using FitSaaS.Framework.Data;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.PersonalData;
using FitSaaS.Framework.Uow;
using FitSaaS.Identity;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.Forms;

/// <summary>A demo tenant (every module's demo data) and one handler's export and erasure inside the tenant and a unit of work.</summary>
public sealed class PersonalDataScenario(FitSaaSApplicationFixture fixture)
{
    /// <summary>A new tenant with every module's demo data; the demo members' ids.</summary>
    public async Task<(TestTenant Tenant, IReadOnlyList<Guid> Members)> SeedDemoTenantAsync()
    {
        var tenant = await fixture.CreateTenantAsync();
        await using var scope = fixture.CreateScope();
        var context = new DataSeedContext(tenant.Id) { IncludeDemoData = true };
        await scope.ServiceProvider.GetRequiredService<IDataSeeder>().SeedAsync(context);
        return (tenant, (IReadOnlyList<Guid>)context.Properties[IdentityConsts.DemoMemberIdsSeedProperty]!);
    }

    /// <summary>The handler's export of the member, as JSON (null when it holds nothing).</summary>
    public async Task<JsonElement?> ExportAsync<THandler>(Guid tenantId, Guid memberId)
        where THandler : IPersonalDataHandler
    {
        var exported = await InUnitOfWorkAsync(tenantId, sp => sp.GetRequiredService<THandler>().ExportAsync(memberId, TestContext.Current.CancellationToken));
        return exported is null ? null : JsonSerializer.SerializeToElement(exported, exported.GetType(), JsonSerializerOptions.Web);
    }

    /// <summary>The handler's erasure of the member, in a unit of work that completes.</summary>
    public Task<PersonalDataErasureResult> EraseAsync<THandler>(Guid tenantId, Guid memberId)
        where THandler : IPersonalDataHandler =>
        InUnitOfWorkAsync(tenantId, sp => sp.GetRequiredService<THandler>().EraseAsync(memberId, TestContext.Current.CancellationToken));

    /// <summary>Reads the tenant's database.</summary>
    public async Task<T> QueryAsync<T>(Guid tenantId, Func<FitSaaSDbContext, Task<T>> query)
    {
        using var _ = fixture.Services.GetRequiredService<ICurrentTenant>().Change(tenantId);
        await using var scope = fixture.Services.CreateAsyncScope();
        var db = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextAsync();
        return await query(db);
    }

    private async Task<T> InUnitOfWorkAsync<T>(Guid tenantId, Func<IServiceProvider, Task<T>> action)
    {
        using var _ = fixture.Services.GetRequiredService<ICurrentTenant>().Change(tenantId);
        await using var scope = fixture.Services.CreateAsyncScope();
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
        var result = await action(scope.ServiceProvider);
        await unitOfWork.CompleteAsync();
        return result;
    }
}
