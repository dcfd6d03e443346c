using System.Collections.Concurrent;
using FitSaaS.Framework.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.Framework.EntityFrameworkCore;

/// <summary>
/// Scoped <see cref="IDbContextProvider{TDbContext}"/>: creates <typeparamref name="TImplementation"/> instances
/// on demand, one per connection string, disposes them with the scope, and begins a transaction on a
/// context created while a transactional unit of work is active.
/// </summary>
public sealed class DbContextProvider<TDbContext, TImplementation>(
    IServiceProvider services,
    ICurrentTenant currentTenant,
    IConnectionStringResolver connectionStrings,
    DbContextOptionsFactory<TImplementation> optionsFactory) : IDbContextProvider<TDbContext>, IAsyncDisposable, IDisposable
    where TDbContext : FitSaaSDbContextBase
    where TImplementation : TDbContext
{
    private static readonly ConcurrentDictionary<Type, bool> s_hostTypes = new();
    private readonly Dictionary<string, TDbContext> _contexts = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, TDbContext> _byTenant = [];
    private TDbContext? _host;
    private readonly List<TDbContext> _ordered = [];
    private bool _transactional;
    private bool _inUnitOfWork;

    /// <summary>The contexts created in this scope, oldest first.</summary>
    public IReadOnlyList<TDbContext> Contexts => _ordered;

    /// <inheritdoc/>
    public TDbContext GetDbContext(Type? entityType = null) =>
        GetDbContextForTenant(entityType is not null && s_hostTypes.GetOrAdd(entityType, HostDatabaseAttribute.IsHostDatabaseEntity)
            ? null
            : currentTenant.Id);

    /// <inheritdoc/>
    public TDbContext GetDbContextForTenant(Guid? tenantId)
    {
        // A tenant's connection string does not change within a scope: remember the answer per tenant.
        if (tenantId is { } id ? _byTenant.TryGetValue(id, out var known) : (known = _host) is not null)
        {
            return known!;
        }

        var context = GetOrCreate(connectionStrings.Resolve(tenantId));
        if (tenantId is { } tenant)
        {
            _byTenant[tenant] = context;
        }
        else
        {
            _host = context;
        }

        return context;
    }

    private TDbContext GetOrCreate(string connectionString)
    {
        if (_contexts.TryGetValue(connectionString, out var existing))
        {
            return existing;
        }

        TDbContext context = ActivatorUtilitiesCreate(optionsFactory(services, connectionString));
        _contexts.Add(connectionString, context);
        _ordered.Add(context);
        if (_inUnitOfWork && _transactional)
        {
            // Joins the running unit of work; synchronous because contexts are handed out synchronously.
            context.Database.BeginTransaction();
        }

        return context;
    }

    /// <summary>Called by the unit of work when it begins: later contexts join it.</summary>
    internal void EnterUnitOfWork(bool transactional)
    {
        _inUnitOfWork = true;
        _transactional = transactional;
    }

    /// <summary>Called by the unit of work when it ends.</summary>
    internal void LeaveUnitOfWork()
    {
        _inUnitOfWork = false;
        _transactional = false;
    }

    private TDbContext ActivatorUtilitiesCreate(DbContextOptions<TImplementation> options) =>
        Microsoft.Extensions.DependencyInjection.ActivatorUtilities.CreateInstance<TImplementation>(services, options);

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        foreach (var context in _ordered)
        {
            await context.DisposeAsync();
        }

        _ordered.Clear();
        _contexts.Clear();
        _byTenant.Clear();
        _host = null;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var context in _ordered)
        {
            context.Dispose();
        }

        _ordered.Clear();
        _contexts.Clear();
        _byTenant.Clear();
        _host = null;
    }
}

/// <summary>Builds the options of a context on <paramref name="connectionString"/> (provider, migrations assembly, interceptors).</summary>
/// <typeparam name="TImplementation">The context type.</typeparam>
/// <param name="services">The scope's services.</param>
/// <param name="connectionString">The database to connect to.</param>
public delegate DbContextOptions<TImplementation> DbContextOptionsFactory<TImplementation>(IServiceProvider services, string connectionString)
    where TImplementation : DbContext;
