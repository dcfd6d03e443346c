using FitSaaS.EntityFrameworkCore;
using FitSaaS.Framework.Caching;
using FitSaaS.Framework.Modularity;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Settings;
using FitSaaS.SettingManagement;
using FitSaaS.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FitSaaS.Application.Tests.SettingManagement;

public abstract class EncryptedSettingTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : EncryptedSettingTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : EncryptedSettingTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    private readonly SettingsScenario _scenario = new(fixture);

    [Fact]
    public async Task UpdateTenantAsync_EncryptedSetting_StoredEncryptedReadPlainNeverReturned()
    {
        var tenant = await fixture.CreateTenantAsync();

        var level = await _scenario.SetTenantAsync(tenant, EmailingSettingNames.SmtpPassword, "hunter2-smtp");
        var raw = await ReadRawAsync(tenant.Id);
        var resolved = await _scenario.ResolveAsync(tenant.Id, tenant.AdminUserId, EmailingSettingNames.SmtpPassword);

        raw.ShouldNotBeNullOrEmpty();
        raw.ShouldNotContain("hunter2");
        resolved.ShouldBe("hunter2-smtp");
        var dto = level.Single(s => s.Name == EmailingSettingNames.SmtpPassword);
        dto.HasValue.ShouldBeTrue();
        dto.IsEncrypted.ShouldBeTrue();
        dto.Value.ShouldBeNull();
        var cached = await ReadCachedAsync(tenant.Id); // the level was cached by the resolution above
        cached.ShouldNotBeNull();
        cached.ShouldContain(EmailingSettingNames.SmtpPassword);
        cached.ShouldNotContain("hunter2"); // secrets stay encrypted in the (possibly shared) distributed cache
    }

    [Fact]
    public async Task GetValuesAsync_SecondServiceProviderOnTheSameDatabase_DecryptsWithTheSharedKeys()
    {
        var tenant = await fixture.CreateTenantAsync();
        await _scenario.SetTenantAsync(tenant, EmailingSettingNames.SmtpPassword, "shared-by-instances");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(fixture.Database.Settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        var modules = services.AddFitSaaSApplication<FitSaaSApplicationTestModule>(configuration);
        await using var other = services.BuildServiceProvider();
        await modules.InitializeAsync(other);

        await using var scope = other.CreateAsyncScope();
        var values = await scope.ServiceProvider.GetRequiredService<ISettingStore>().GetValuesAsync(SettingScope.Tenant(tenant.Id));

        values[EmailingSettingNames.SmtpPassword].ShouldBe("shared-by-instances");
    }

    private async Task<string?> ReadCachedAsync(Guid tenantId)
    {
        await using var scope = fixture.CreateScope();
        var key = scope.ServiceProvider.GetRequiredService<IDistributedCache<SettingLevelCacheItem>>().NormalizeKey(SettingStore.CacheKey(SettingScope.Tenant(tenantId)));
        var bytes = await scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Caching.Distributed.IDistributedCache>().GetAsync(key);
        return bytes is null ? null : System.Text.Encoding.UTF8.GetString(bytes);
    }

    private async Task<string?> ReadRawAsync(Guid tenantId)
    {
        await using var scope = fixture.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<FitSaaSDbContext>();
        using var tenant = scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenantId);
        return await db.Set<Setting>()
            .Where(s => s.TenantId == tenantId && s.Name == EmailingSettingNames.SmtpPassword)
            .Select(s => s.Value)
            .SingleOrDefaultAsync();
    }
}
