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
    public ValueTask<TDbContext> GetDbContextAsync(Type? entityType = null, CancellationToken cancellationToken = default) =>
        GetDbContextForTenantAsync(
            entityType is not null && s_hostTypes.GetOrAdd(entityType, HostDatabaseAttribute.IsHostDatabaseEntity) ? null : currentTenant.Id,
            cancellationToken);

    /// <inheritdoc/>
    public ValueTask<TDbContext> GetDbContextForTenantAsync(Guid? tenantId, CancellationToken cancellationToken = default)
    {
        // A tenant's connection string does not change within a scope: remember the answer per tenant.
        return TryGetKnown(tenantId, out var known) ? ValueTask.FromResult(known) : CreateAsync(tenantId, cancellationToken);
    }

    /// <summary>
    /// The current tenant's context for consumers that take a context through DI (ASP.NET Core Data Protection's key ring, the
    /// start-up checks): synchronous, so it does no I/O. The tenant's connection string must be known in the scope already (the
    /// host's always is; the request pipeline remembers the request's tenant), and a context is not created this way inside a
    /// unit of work, since joining it is I/O: such code uses <see cref="GetDbContextAsync"/>.
    /// </summary>
    /// <param name="tenantId">The tenant (null = the host database).</param>
    /// <exception cref="InvalidOperationException">The tenant's connection string has not been resolved in this scope, or a unit of
    /// work is active and the context does not exist yet.</exception>
    public TDbContext GetResolvedDbContext(Guid? tenantId)
    {
        if (TryGetKnown(tenantId, out var known))
        {
            return known;
        }

        if (_inUnitOfWork)
        {
            throw new InvalidOperationException(
                "A DbContext resolved through DI inside a unit of work could not join it without blocking: await IDbContextProvider.GetDbContextAsync instead.");
        }

        if (!connectionStrings.TryGetResolved(tenantId, out var connectionString))
        {
            throw new InvalidOperationException(
                $"The connection string of tenant {tenantId} is not known in this scope: await IDbContextProvider.GetDbContextForTenantAsync (or IConnectionStringResolver.ResolveAsync) before resolving a DbContext through DI.");
        }

        return Remember(tenantId, connectionString, out _);
    }

    private bool TryGetKnown(Guid? tenantId, out TDbContext context)
    {
        if (tenantId is { } id ? _byTenant.TryGetValue(id, out var known) : (known = _host) is not null)
        {
            context = known!;
            return true;
        }

        context = null!;
        return false;
    }

    private async ValueTask<TDbContext> CreateAsync(Guid? tenantId, CancellationToken cancellationToken)
    {
        var connectionString = await connectionStrings.ResolveAsync(tenantId, cancellationToken);
        if (TryGetKnown(tenantId, out var known))
        {
            // Another call of this scope got there while we awaited.
            return known;
        }

        var context = Remember(tenantId, connectionString, out var created);
        if (created && _inUnitOfWork)
        {
            await JoinAsync(context, cancellationToken);
        }

        return context;
    }

    private TDbContext Remember(Guid? tenantId, string connectionString, out bool created)
    {
        created = !_contexts.TryGetValue(connectionString, out var context);
        if (created)
        {
            context = ActivatorUtilitiesCreate(optionsFactory(services, connectionString));
            _contexts.Add(connectionString, context);
            _ordered.Add(context);
        }

        if (tenantId is { } tenant)
        {
            _byTenant[tenant] = context!;
        }
        else
        {
            _host = context;
        }

        return context!;
    }

    /// <summary>Joins a context created while a unit of work is active: its transaction, or its held-open connection.</summary>
    private async Task JoinAsync(TDbContext context, CancellationToken cancellationToken)
    {
        if (!_inUnitOfWork || context.Database.CurrentTransaction is not null)
        {
            return;
        }

        if (_transactional)
        {
            await context.Database.BeginTransactionAsync(cancellationToken);
        }
        else
        {
            await HoldOpenAsync(context, cancellationToken);
        }
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
