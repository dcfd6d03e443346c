using System.Security.Claims;
using FitSaaS.EntityFrameworkCore;
using FitSaaS.Framework.Caching.StackExchangeRedis;
using FitSaaS.Framework.Modularity;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using FitSaaS.Framework.Users;
using FitSaaS.Identity;
using FitSaaS.TenantManagement;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace FitSaaS.Testing;

/// <summary>Root module of application tests: every feature module on EF Core, no web host.</summary>
[DependsOn(
    typeof(FitSaaSApplicationModule),
    typeof(FitSaaSEntityFrameworkCoreModule),
    typeof(FitSaaSCachingStackExchangeRedisModule),
    typeof(Framework.MailKit.FitSaaSMailKitModule))]
public sealed class FitSaaSApplicationTestModule : FitSaaSModule;

/// <summary>
/// Application-test fixture: the real modules through DI against a fresh relational database
/// (migrated and host-seeded), with helpers to create tenants and users and to act as a user. Application services are
/// called in-process; <see cref="FitSaaSProxyApplicationFixture"/> runs the same tests through the HTTP client proxies.
/// </summary>
public class FitSaaSApplicationFixture : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private IServiceProvider _services = null!;
    private IAsyncDisposable? _owner;

    /// <summary>The root service provider.</summary>
    public IServiceProvider Services => _services;

    /// <summary>The test database.</summary>
    public TestDatabase Database => _database;

    private bool _ownsDatabase = true;

    /// <summary>True when application services are called through HTTP client proxies against a real host.</summary>
    public virtual bool IsRemote => false;

    /// <inheritdoc/>
    public async ValueTask InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        (_services, _owner) = await StartServicesAsync(_database);
    }

    /// <summary>Builds the root services over the migrated, host-seeded <paramref name="database"/>; the owner is disposed last.</summary>
    protected virtual async Task<(IServiceProvider Services, IAsyncDisposable Owner)> StartServicesAsync(TestDatabase database)
    {
        var services = await BuildAsync(database, new Dictionary<string, string?>(ExtraSettings), ConfigureServices);
        await services.GetRequiredService<DbMigrationService>().MigrateAsync(includeDemoData: false);
        return (services, services);
    }

    /// <summary>
    /// Settings added after the database's (later wins) for the fixture's services (in proxy mode: the host's); override in a
    /// fixture for special tests. Default: none.
    /// </summary>
    protected virtual IEnumerable<KeyValuePair<string, string?>> ExtraSettings => [];

    /// <summary>
    /// Changes the fixture's services after the modules registered theirs (in proxy mode: the host's, as
    /// <c>ConfigureTestServices</c>); override in a fixture for special tests. Default: nothing.
    /// </summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    /// <summary>
    /// Starts one more "instance" (its own root service provider, as another host process would have) on an existing
    /// database, with extra configuration (e.g. <c>Redis:Configuration</c>) and service changes; the caller disposes the
    /// instance and, after all instances, the database.
    /// </summary>
    public static async Task<FitSaaSApplicationFixture> StartInstanceAsync(TestDatabase database, IReadOnlyDictionary<string, string?> extraSettings,
        Action<IServiceCollection>? configureServices = null, bool migrate = false)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(extraSettings);
        var instance = new FitSaaSApplicationFixture { _database = database, _ownsDatabase = false };
        await instance.StartAsync(extraSettings, configureServices, migrate);
        return instance;
    }

    private async Task StartAsync(IReadOnlyDictionary<string, string?> extraSettings, Action<IServiceCollection>? configureServices, bool migrate)
    {
        var services = await BuildAsync(_database, extraSettings, configureServices);
        (_services, _owner) = (services, services);
        if (migrate)
        {
            await _services.GetRequiredService<DbMigrationService>().MigrateAsync(includeDemoData: false);
        }
    }

    private static async Task<ServiceProvider> BuildAsync(TestDatabase database, IReadOnlyDictionary<string, string?> extraSettings, Action<IServiceCollection>? configureServices)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(database.Settings).AddInMemoryCollection(extraSettings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        var modules = services.AddFitSaaSApplication<FitSaaSApplicationTestModule>(configuration);
        configureServices?.Invoke(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await modules.InitializeAsync(provider);
        return provider;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await OnDisposingAsync();
        if (_owner is not null)
        {
            await _owner.DisposeAsync();
        }

        if (_ownsDatabase)
        {
            await _database.DisposeAsync();
        }

        GC.SuppressFinalize(this);
    }

    /// <summary>Disposes what a derived fixture added, before the services and the database.</summary>
    protected virtual ValueTask OnDisposingAsync() => ValueTask.CompletedTask;

    /// <summary>A new DI scope (one per simulated request); application-service contracts resolve as <see cref="IsRemote"/> says.</summary>
    public virtual AsyncServiceScope CreateScope() => _services.CreateAsyncScope();

    /// <summary>Acts as the given user in the given tenant (null = host) until disposed.</summary>
    public IDisposable RunAs(Guid? tenantId, Guid userId, string userName, params string[] roles)
    {
        var claims = new List<Claim> { new(FitSaaSClaimTypes.UserId, userId.ToString()), new(FitSaaSClaimTypes.UserName, userName) };
        if (tenantId is not null)
        {
            claims.Add(new Claim(FitSaaSClaimTypes.TenantId, tenantId.Value.ToString()));
        }

        claims.AddRange(roles.Select(r => new Claim(FitSaaSClaimTypes.Role, r)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, "Test", FitSaaSClaimTypes.UserName, FitSaaSClaimTypes.Role));
        var user = _services.GetRequiredService<ICurrentPrincipalAccessor>().Change(principal);
        var tenant = _services.GetRequiredService<ICurrentTenant>().Change(tenantId);
        return new Both(tenant, user);
    }

    /// <summary>Acts anonymously in the given tenant until disposed.</summary>
    public IDisposable RunAsAnonymous(Guid? tenantId)
    {
        var user = _services.GetRequiredService<ICurrentPrincipalAccessor>().Change(null);
        var tenant = _services.GetRequiredService<ICurrentTenant>().Change(tenantId);
        return new Both(tenant, user);
    }

    /// <summary>The seeded host admin's id.</summary>
    public async Task<Guid> GetHostAdminIdAsync()
    {
        using var _ = _services.GetRequiredService<ICurrentTenant>().Change(null);
        await using var scope = CreateScope();
        var user = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(IdentityConsts.AdminUserName);
        return user!.Id;
    }

    /// <summary>Creates a tenant through <see cref="ITenantAppService"/> as the host admin, on an edition (null = the configured default, <c>Pro</c> in tests).</summary>
    public async Task<TestTenant> CreateTenantAsync(string? name = null, string? editionName = null)
    {
        name ??= $"gym-{Guid.NewGuid():N}"[..20];
        var hostAdmin = await GetHostAdminIdAsync();
        TenantDto tenant;
        using (RunAs(null, hostAdmin, IdentityConsts.AdminUserName, IdentityConsts.AdminRole))
        {
            await using var scope = CreateScope();
            tenant = await scope.ServiceProvider.GetRequiredService<ITenantAppService>()
                .CreateAsync(new CreateTenantDto { Name = name, AdminEmail = $"admin@{name}.test", AdminPassword = TestUsers.Password, EditionName = editionName });
        }

        using (_services.GetRequiredService<ICurrentTenant>().Change(tenant.Id, tenant.Name))
        {
            await using var scope = CreateScope();
            var admin = await scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>().FindByNameAsync(IdentityConsts.AdminUserName);
            return new TestTenant(tenant.Id, tenant.Name, admin!.Id);
        }
    }

    /// <summary>Creates a user (password <see cref="TestUsers.Password"/>) in a tenant with the given roles.</summary>
    public async Task<Guid> CreateUserAsync(Guid tenantId, string userName, params string[] roles)
    {
        using var _ = _services.GetRequiredService<ICurrentTenant>().Change(tenantId);
        await using var scope = CreateScope();
        var unitOfWorkManager = scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>();
        await using var unitOfWork = await unitOfWorkManager.BeginAsync();
        var user = await scope.ServiceProvider.GetRequiredService<IdentityUserManager>()
            .CreateAsync(userName, $"{userName}@example.test", TestUsers.Password, roles);
        await unitOfWork.CompleteAsync();
        return user.Id;
    }

    private sealed class Both(IDisposable first, IDisposable second) : IDisposable
    {
        public void Dispose()
        {
            second.Dispose();
            first.Dispose();
        }
    }
}
