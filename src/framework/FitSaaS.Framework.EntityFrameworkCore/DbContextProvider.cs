using System.Collections.Concurrent;
using FitSaaS.Framework.MultiTenancy;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.Framework.EntityFrameworkCore;

/// <summary>
/// Scoped <see cref="IDbContextProvider{TDbContext}"/>: creates <typeparamref name="TImplementation"/> instances
/// on demand, one per connection string, disposes them with the scope, and begins a transaction on a
/// context created while a transactional unit of work is active. In a non-transactional unit of work the
/// context's connection stays open until the unit of work ends, so its queries share one pooled connection
/// (one pool round trip and one row-level-security <c>set_config</c> per unit of work instead of per query).
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
    private readonly List<TDbContext> _heldOpen = [];
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
        if (_inUnitOfWork)
        {
            // Joins the running unit of work; synchronous because contexts are handed out synchronously.
            if (_transactional)
            {
                context.Database.BeginTransaction();
            }
            else
            {
                context.Database.OpenConnection();
                _heldOpen.Add(context);
            }
        }

        return context;
    }

    /// <summary>Called by the unit of work when it begins: later contexts join it.</summary>
    internal void EnterUnitOfWork(bool transactional)
    {
        _inUnitOfWork = true;
        _transactional = transactional;
    }

    /// <summary>
    /// Called by a non-transactional unit of work when it begins: keeps the connection of a context created before
    /// it open until it ends, as for the contexts it creates.
    /// </summary>
    internal async Task HoldOpenAsync(TDbContext context, CancellationToken cancellationToken)
    {
        await context.Database.OpenConnectionAsync(cancellationToken);
        _heldOpen.Add(context);
    }

    /// <summary>Called by the unit of work when it ends: releases the connections held open for it.</summary>
    internal async Task LeaveUnitOfWorkAsync()
    {
        _inUnitOfWork = false;
        _transactional = false;
        try
        {
            foreach (var context in _heldOpen)
            {
                await context.Database.CloseConnectionAsync();
            }
        }
        finally
        {
            _heldOpen.Clear();
        }
    }

    private TDbContext ActivatorUtilitiesCreate(DbContextOptions<TImplementation> options) =>
        Microsoft.Extensions.DependencyInjection.ActivatorUtilities.CreateInstance<TImplementation>(services, options);

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        _heldOpen.Clear();
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
        _heldOpen.Clear();
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
