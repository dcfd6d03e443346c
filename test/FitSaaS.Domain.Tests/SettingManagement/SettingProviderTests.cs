using System.Security.Claims;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Settings;
using FitSaaS.Framework.Users;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FitSaaS.Domain.Tests.SettingManagement;

public sealed class SettingProviderTests
{
    private static readonly Guid s_tenantId = Guid.NewGuid();
    private static readonly Guid s_userId = Guid.NewGuid();

    [Fact]
    public async Task GetAllAsync_ValuesAtEveryLevel_ResolvesUserThenTenantThenGlobalThenDefault()
    {
        var store = new FakeStore();
        store.Set(SettingScope.Global, "All", "global");
        store.Set(SettingScope.Tenant(s_tenantId), "All", "tenant");
        store.Set(SettingScope.User(s_tenantId, s_userId), "All", "user");
        store.Set(SettingScope.Global, "TenantAndGlobal", "global");
        store.Set(SettingScope.Tenant(s_tenantId), "TenantAndGlobal", "tenant");
        store.Set(SettingScope.Global, "GlobalOnly", "global");
        var provider = CreateProvider(store);

        var values = await provider.GetAllAsync(["All", "TenantAndGlobal", "GlobalOnly", "DefaultOnly", "Unknown"]);

        values["All"].ShouldBe("user");
        values["TenantAndGlobal"].ShouldBe("tenant");
        values["GlobalOnly"].ShouldBe("global");
        values["DefaultOnly"].ShouldBe("default");
        values["Unknown"].ShouldBeNull();
        store.Reads.ShouldBe(3);
    }

    [Fact]
    public async Task GetAllAsync_UserValueOfATenantLevelSetting_IsIgnored()
    {
        var store = new FakeStore();
        store.Set(SettingScope.User(s_tenantId, s_userId), "TenantAndGlobal", "user");
        var provider = CreateProvider(store);

        var value = await provider.GetOrNullAsync("TenantAndGlobal");

        value.ShouldBe("default");
    }

    [Fact]
    public async Task GetAsync_IntAndBool_ParseInvariantOrFallBack()
    {
        var store = new FakeStore();
        store.Set(SettingScope.Tenant(s_tenantId), "All", "42");
        store.Set(SettingScope.Tenant(s_tenantId), "GlobalOnly", "TRUE");
        store.Set(SettingScope.Tenant(s_tenantId), "TenantAndGlobal", "not a number");
        var provider = CreateProvider(store);

        (await provider.GetAsync<int>("All")).ShouldBe(42);
        (await provider.IsTrueAsync("DefaultOnly")).ShouldBeFalse();
        (await provider.GetAsync("TenantAndGlobal", 7)).ShouldBe(7);
    }

    [Fact]
    public void SettingDefinition_EncryptedAndVisible_IsRejected()
    {
        Should.Throw<ArgumentException>(() => new SettingDefinition("Secret", isVisibleToClients: true, isEncrypted: true));
    }

    private static SettingProvider CreateProvider(FakeStore store)
    {
        var services = new ServiceCollection().BuildServiceProvider();
        var options = new SettingOptions();
        options.DefinitionProviders.Add(typeof(TestDefinitions));
        var definitions = new SettingDefinitionManager(Options.Create(options), services);
        var tenant = new CurrentTenant(new CurrentTenantAccessor());
        tenant.Change(s_tenantId);
        var principals = new AsyncLocalCurrentPrincipalAccessor();
        principals.Change(new ClaimsPrincipal(new ClaimsIdentity([new Claim(FitSaaSClaimTypes.UserId, s_userId.ToString())], "Test")));
        return new SettingProvider(definitions, store, tenant, new CurrentUser(principals));
    }

    private sealed class TestDefinitions : SettingDefinitionProvider
    {
        public override void Define(ISettingDefinitionContext context) => context.Add(
            new SettingDefinition("All", "default", providers: SettingProviderNames.All),
            new SettingDefinition("TenantAndGlobal", "default"),
            new SettingDefinition("GlobalOnly", "default", providers: [SettingProviderNames.Global]),
            new SettingDefinition("DefaultOnly", "default"));
    }

    private sealed class FakeStore : ISettingStore
    {
        private readonly Dictionary<SettingScope, Dictionary<string, string>> _levels = [];

        public int Reads { get; private set; }

        public void Set(SettingScope scope, string name, string value)
        {
            if (!_levels.TryGetValue(scope, out var values))
            {
                _levels[scope] = values = new Dictionary<string, string>(StringComparer.Ordinal);
            }

            values[name] = value;
        }

        public Task<IReadOnlyDictionary<string, string>> GetValuesAsync(SettingScope scope, CancellationToken cancellationToken = default)
        {
            Reads++;
            return Task.FromResult<IReadOnlyDictionary<string, string>>(_levels.GetValueOrDefault(scope) ?? []);
        }
    }
}
