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
    public async Task ResolveAsync_AsksTheStoreOncePerScope_AndOncePerSecondPerProcess()
    {
        var first = Resolver();
        (await first.ResolveAsync(OwnDatabase)).ShouldBe("Data Source=own.db");
        (await first.ResolveAsync(OwnDatabase)).ShouldBe("Data Source=own.db");
        (await first.ResolveAsync(InShared)).ShouldBe(Shared);
        (await first.ResolveAsync(null)).ShouldBe(Shared);
        _store.Calls.ShouldBe(2);

        // Another scope within the second: no call to the store (and through it to Redis).
        (await Resolver().ResolveAsync(OwnDatabase)).ShouldBe("Data Source=own.db");
        _store.Calls.ShouldBe(2);

        // Later than 1 s: asked again, and a changed connection string is used.
        _store.Tenants[OwnDatabase] = _store.Tenants[OwnDatabase] with { ConnectionString = "Data Source=moved.db" };
        _time.Advance(TenantConnectionStringCache.TimeToLive + TimeSpan.FromMilliseconds(1));
        (await Resolver().ResolveAsync(OwnDatabase)).ShouldBe("Data Source=moved.db");
        _store.Calls.ShouldBe(3);
    }

    [Fact]
    public async Task ResolveAsync_UnknownTenant_IsTheSharedDatabase_AndNotRemembered()
    {
        var resolver = Resolver();
        var created = Guid.NewGuid();
        (await resolver.ResolveAsync(created)).ShouldBe(Shared);
        resolver.TryGetResolved(created, out _).ShouldBeFalse();

        // Created a moment later with its own database: the same scope and process see it at once.
        _store.Tenants[created] = new TenantConfiguration(created, "new", true) { ConnectionString = "Data Source=new.db" };
        (await resolver.ResolveAsync(created)).ShouldBe("Data Source=new.db");
        (await Resolver().ResolveAsync(created)).ShouldBe("Data Source=new.db");
    }

    [Fact]
    public async Task TryGetResolved_AnswersFromMemoryOnly_NeverAskingTheStore()
    {
        var resolver = Resolver();
        resolver.TryGetResolved(null, out var host).ShouldBeTrue();
        host.ShouldBe(Shared);
        resolver.TryGetResolved(OwnDatabase, out _).ShouldBeFalse();
        _store.Calls.ShouldBe(0);

        (await resolver.ResolveAsync(OwnDatabase)).ShouldBe("Data Source=own.db");
        _store.Calls.ShouldBe(1);

        // Even after the process-wide second: the scope keeps its answer.
        _time.Advance(TenantConnectionStringCache.TimeToLive + TimeSpan.FromMilliseconds(1));
        resolver.TryGetResolved(OwnDatabase, out var own).ShouldBeTrue();
        own.ShouldBe("Data Source=own.db");
        Resolver().TryGetResolved(OwnDatabase, out _).ShouldBeFalse();
        _store.Calls.ShouldBe(1);
    }

    [Fact]
    public async Task Remember_ATenantReadByTheCaller_SparesTheScopeAStoreLookup()
    {
        var resolver = Resolver();
        resolver.Remember(_store.Tenants[OwnDatabase]);

        resolver.TryGetResolved(OwnDatabase, out var own).ShouldBeTrue();
        own.ShouldBe("Data Source=own.db");
        (await resolver.ResolveAsync(OwnDatabase)).ShouldBe("Data Source=own.db");
        _store.Calls.ShouldBe(0);
    }

    [Fact]
    public async Task ResolveAsync_WithAStoreThatContinuesOnAnotherThreadInTheCallersScope_Completes()
    {
        // The shape of ADR 0026's deadlock, now without a blocking caller: the tenant store awaits I/O (Redis) and then
        // resolves services of the caller's scope on another thread; nothing holds the scope's lock while it waits.
        var tenantId = Guid.NewGuid();
        var services = new ServiceCollection()
            .AddSingleton(_recent)
            .AddSingleton(Options.Create(new ConnectionStringOptions { Default = Shared }))
            .AddScoped<ScopedDependency>()
            .AddScoped<ITenantStore>(sp => new ContinuingElsewhereTenantStore(sp, tenantId))
            .AddScoped<IConnectionStringResolver, MultiTenantConnectionStringResolver>()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        await using var scope = services.CreateAsyncScope();
        var resolver = scope.ServiceProvider.GetRequiredService<IConnectionStringResolver>();

        var resolving = resolver.ResolveAsync(tenantId);

        (await Task.WhenAny(resolving, Task.Delay(TimeSpan.FromSeconds(30)))).ShouldBe(resolving, "ResolveAsync did not complete");
        (await resolving).ShouldBe("Data Source=elsewhere.db");
        resolver.TryGetResolved(tenantId, out var remembered).ShouldBeTrue();
        remembered.ShouldBe("Data Source=elsewhere.db");
        await services.DisposeAsync();
    }

    private MultiTenantConnectionStringResolver Resolver() =>
        new(_services, Options.Create(new ConnectionStringOptions { Default = Shared }), _recent);

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
