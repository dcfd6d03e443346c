using FitSaaS.Framework.Settings;
using FitSaaS.Identity;
using FitSaaS.SettingManagement;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.SettingManagement;

/// <summary>Helpers for settings tests: call services as a user in a fresh scope.</summary>
public sealed class SettingsScenario(FitSaaSApplicationFixture fixture)
{
    public async Task<TResult> AsAsync<TService, TResult>(Guid? tenantId, Guid userId, string role, Func<TService, Task<TResult>> call)
        where TService : notnull
    {
        using var _ = fixture.RunAs(tenantId, userId, $"user-{userId:N}", role);
        await using var scope = fixture.CreateScope();
        return await call(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public Task<IReadOnlyList<SettingDto>> SetTenantAsync(TestTenant tenant, string name, string? value) =>
        AsAsync<ISettingAppService, IReadOnlyList<SettingDto>>(tenant.Id, tenant.AdminUserId, IdentityConsts.AdminRole,
            s => s.UpdateTenantAsync(Update(name, value)));

    public async Task<IReadOnlyList<SettingDto>> SetGlobalAsync(string name, string? value)
    {
        var hostAdmin = await fixture.GetHostAdminIdAsync();
        return await AsAsync<ISettingAppService, IReadOnlyList<SettingDto>>(null, hostAdmin, IdentityConsts.AdminRole,
            s => s.UpdateGlobalAsync(Update(name, value)));
    }

    public Task<IReadOnlyList<SettingDto>> SetUserAsync(Guid tenantId, Guid userId, string name, string? value) =>
        AsAsync<ISettingAppService, IReadOnlyList<SettingDto>>(tenantId, userId, IdentityConsts.MemberRole,
            s => s.UpdateUserAsync(Update(name, value)));

    public Task<string?> ResolveAsync(Guid? tenantId, Guid userId, string name) =>
        AsAsync<ISettingProvider, string?>(tenantId, userId, IdentityConsts.MemberRole, p => p.GetOrNullAsync(name));

    public static UpdateSettingsDto Update(string name, string? value) =>
        new() { Settings = [new UpdateSettingValueDto { Name = name, Value = value }] };
}
