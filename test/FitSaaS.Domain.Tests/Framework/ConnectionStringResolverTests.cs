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

    private MultiTenantConnectionStringResolver Resolver() =>
        new(_services, Options.Create(new ConnectionStringOptions { Default = Shared }), _recent);

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
