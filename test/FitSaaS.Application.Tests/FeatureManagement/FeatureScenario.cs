using FitSaaS.FeatureManagement;
using FitSaaS.Framework.Features;
using FitSaaS.Identity;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.FeatureManagement;

/// <summary>Helpers for feature tests: operators (host admin) set editions and overrides; tenants read their values.</summary>
public sealed class FeatureScenario(FitSaaSApplicationFixture fixture)
{
    public async Task<TResult> AsAsync<TService, TResult>(Guid? tenantId, Guid userId, string role, Func<TService, Task<TResult>> call)
        where TService : notnull
    {
        using var _ = fixture.RunAs(tenantId, userId, $"user-{userId:N}", role);
        await using var scope = fixture.CreateScope();
        return await call(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public Task<TResult> AsAdminAsync<TService, TResult>(TestTenant tenant, Func<TService, Task<TResult>> call)
        where TService : notnull =>
        AsAsync(tenant.Id, tenant.AdminUserId, IdentityConsts.AdminRole, call);

    public async Task<TResult> AsHostAsync<TService, TResult>(Func<TService, Task<TResult>> call)
        where TService : notnull =>
        await AsAsync(null, await fixture.GetHostAdminIdAsync(), IdentityConsts.AdminRole, call);

    public Task<TenantFeaturesDto> SetOverridesAsync(TestTenant tenant, params (string Name, string? Value)[] values) =>
        AsHostAsync<ITenantFeatureAppService, TenantFeaturesDto>(s => s.UpdateFeaturesAsync(tenant.Id, Values(values)));

    public Task<TenantFeaturesDto> SetEditionAsync(TestTenant tenant, string? editionName, DateTime? endDateUtc = null) =>
        AsHostAsync<ITenantFeatureAppService, TenantFeaturesDto>(s => s.UpdateEditionAsync(tenant.Id, new UpdateTenantEditionDto { EditionName = editionName, EndDateUtc = endDateUtc }));

    public Task<string?> ReadAsync(TestTenant tenant, string feature) =>
        AsAdminAsync<IFeatureChecker, string?>(tenant, c => c.GetOrNullAsync(feature));

    public async Task<EditionDto> GetEditionAsync(string name)
    {
        var page = await AsHostAsync<IEditionAppService, Framework.Application.PagedResultDto<EditionDto>>(
            s => s.GetListAsync(new GetEditionListInput { Filter = name, MaxResultCount = 100 }));
        return page.Items.Single(e => e.Name == name);
    }

    public static UpdateFeatureValuesDto Values(params (string Name, string? Value)[] values) =>
        new() { Features = values.Select(v => new UpdateFeatureValueDto { Name = v.Name, Value = v.Value }).ToList() };
}
