using FitSaaS.Framework.MultiTenancy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FitSaaS.Domain.Tests.Framework;

public sealed class ConnectionStringResolverTests
{
    private const string Shared = "Data Source=shared.db";
    private static readonly Guid OwnDatabase = Guid.NewGuid();
    private static readonly Guid InShared = Guid.NewGuid();

    private readonly CountingTenantStore _store = new();
    private readonly SteppingTimeProvider _time = new();
    private readonly TenantConnectionStringCache _recent;
    private readonly ServiceProvider _services;

    public ConnectionStringResolverTests()
    {
        _recent = new TenantConnectionStringCache(_time);
        _store.Tenants[OwnDatabase] = new TenantConfiguration(OwnDatabase, "own", true) { ConnectionString = "Data Source=own.db" };
        _store.Tenants[InShared] = new TenantConfiguration(InShared, "shared", true);
        _services = new ServiceCollection().AddSingleton<ITenantStore>(_store).BuildServiceProvider();
    }

    [Fact]
    public void Resolve_AsksTheStoreOncePerScope_AndOncePerSecondPerProcess()
    {
        var first = Resolver();
        first.Resolve(OwnDatabase).ShouldBe("Data Source=own.db");
        first.Resolve(OwnDatabase).ShouldBe("Data Source=own.db");
        first.Resolve(InShared).ShouldBe(Shared);
        first.Resolve(null).ShouldBe(Shared);
        _store.Calls.ShouldBe(2);

        // Another scope within the second: no blocking call to the store (and through it to Redis).
        Resolver().Resolve(OwnDatabase).ShouldBe("Data Source=own.db");
        _store.Calls.ShouldBe(2);

        // Later than 1 s: asked again, and a changed connection string is used.
        _store.Tenants[OwnDatabase] = _store.Tenants[OwnDatabase] with { ConnectionString = "Data Source=moved.db" };
        _time.Advance(TenantConnectionStringCache.TimeToLive + TimeSpan.FromMilliseconds(1));
        Resolver().Resolve(OwnDatabase).ShouldBe("Data Source=moved.db");
        _store.Calls.ShouldBe(3);
    }

    [Fact]
    public void Resolve_UnknownTenant_IsTheSharedDatabase_AndNotRemembered()
    {
        var resolver = Resolver();
        var created = Guid.NewGuid();
        resolver.Resolve(created).ShouldBe(Shared);

        // Created a moment later with its own database: the same scope and process see it at once.
        _store.Tenants[created] = new TenantConfiguration(created, "new", true) { ConnectionString = "Data Source=new.db" };
        resolver.Resolve(created).ShouldBe("Data Source=new.db");
        Resolver().Resolve(created).ShouldBe("Data Source=new.db");
    }

    [Fact]
    public async Task ResolveAsync_RemembersForTheScope_SoResolveDoesNotAskTheStore()
    {
        var resolver = Resolver();
        (await resolver.ResolveAsync(OwnDatabase)).ShouldBe("Data Source=own.db");
        (await resolver.ResolveAsync(null)).ShouldBe(Shared);
        _store.Calls.ShouldBe(1);

        // Even after the process-wide second: the scope keeps its answer.
        _time.Advance(TenantConnectionStringCache.TimeToLive + TimeSpan.FromMilliseconds(1));
        resolver.Resolve(OwnDatabase).ShouldBe("Data Source=own.db");
        _store.Calls.ShouldBe(1);
    }

    [Fact]
    public async Task Resolve_InsideADependencyInjectionFactory_WithAStoreThatContinuesOnAnotherThread_DoesNotDeadlock()
    {
        // The shape of the request that never completed: EF Core's Identity store gets its DbContext from a DI factory, which
        // runs under the request scope's lock and asks for the tenant's connection string synchronously; the tenant store
        // awaits I/O (Redis) and then resolves services of its scope on another thread. Were it the caller's scope, that
        // thread would wait for the lock the blocked caller holds, forever.
        var tenantId = Guid.NewGuid();
        var services = new ServiceCollection()
            .AddSingleton(_recent)
            .AddSingleton(Options.Create(new ConnectionStringOptions { Default = Shared }))
            .AddScoped<ScopedDependency>()
            .AddScoped<ITenantStore>(sp => new ContinuingElsewhereTenantStore(sp, tenantId))
            .AddScoped<IConnectionStringResolver, MultiTenantConnectionStringResolver>()
            .AddScoped(sp => new DatabaseUser(sp.GetRequiredService<IConnectionStringResolver>().Resolve(tenantId)))
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        // Disposed only after the resolution finished: a deadlocked scope cannot be disposed (disposing takes the same lock).
        var scope = services.CreateAsyncScope();

        var resolving = Task.Run(() => scope.ServiceProvider.GetRequiredService<DatabaseUser>());

        (await Task.WhenAny(resolving, Task.Delay(TimeSpan.FromSeconds(30)))).ShouldBe(resolving, "Resolve deadlocked inside the DI factory");
        (await resolving).ConnectionString.ShouldBe("Data Source=elsewhere.db");
        await scope.DisposeAsync();
        await services.DisposeAsync();
    }

    private MultiTenantConnectionStringResolver Resolver() =>
        new(_services, _services.GetRequiredService<IServiceScopeFactory>(), Options.Create(new ConnectionStringOptions { Default = Shared }), _recent);

    private sealed record DatabaseUser(string ConnectionString);

    private sealed class ScopedDependency;

    private sealed class ContinuingElsewhereTenantStore(IServiceProvider scope, Guid tenantId) : ITenantStore
    {
        public async Task<TenantConfiguration?> FindAsync(Guid id, CancellationToken cancellationToken = default)
        {
            await Task.Delay(10, cancellationToken).ConfigureAwait(false);
            scope.GetRequiredService<ScopedDependency>();
            return id == tenantId ? new TenantConfiguration(id, "elsewhere", true) { ConnectionString = "Data Source=elsewhere.db" } : null;
        }

        public Task<TenantConfiguration?> FindAsync(string name, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<TenantConfiguration?> FindByHostAsync(string hostName, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }

    private sealed class CountingTenantStore : ITenantStore
    {
        public Dictionary<Guid, TenantConfiguration> Tenants { get; } = [];

        public int Calls { get; private set; }

        public Task<TenantConfiguration?> FindAsync(Guid id, CancellationToken cancellationToken = default)
        {
            Calls++;
            return Task.FromResult(Tenants.GetValueOrDefault(id));
        }

        public Task<TenantConfiguration?> FindAsync(string name, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<TenantConfiguration?> FindByHostAsync(string hostName, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }

    private sealed class SteppingTimeProvider : TimeProvider
    {
        private DateTimeOffset _now = new(2030, 1, 1, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
