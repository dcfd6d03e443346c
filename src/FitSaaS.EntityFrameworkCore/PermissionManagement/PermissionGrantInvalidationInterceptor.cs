using System.Data.Common;
using System.Runtime.CompilerServices;
using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Identity;
using FitSaaS.PermissionManagement;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FitSaaS.EntityFrameworkCore.PermissionManagement;

/// <summary>
/// Invalidates cached grant sets when permission grants or user–role links change: the affected tenants are noted while
/// saving (<see cref="PermissionGrantCache.BeginChange"/>: until the end of the transaction this process reads their sets from
/// the database and caches none, so an uncommitted set never reaches the shared cache) and their grant stamp is renewed
/// once the change is durable (at commit, or right after saving outside a transaction), which every instance sees. A
/// rollback (or a failed save or commit) only ends the notes.
/// </summary>
public sealed class PermissionGrantInvalidationInterceptor(PermissionGrantCache cache)
    : SaveChangesInterceptor, IDbTransactionInterceptor, ISingletonDependency
{
    private readonly ConditionalWeakTable<DbContext, HashSet<Guid?>> _pending = [];

    /// <inheritdoc/>
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">Permission grants or role links are saved synchronously: renewing their
    /// stamp needs Redis, so they are saved with <c>SaveChangesAsync</c> only.</exception>
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context && Changed(context).Count > 0)
        {
            throw new InvalidOperationException("Permission grants, roles and user-role links are saved with SaveChangesAsync (their cache stamp is renewed asynchronously).");
        }

        return base.SavingChanges(eventData, result);
    }

    /// <inheritdoc/>
    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            await FlushAsync(eventData.Context, invalidate: true).ConfigureAwait(false);
        }

        return await base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    /// <inheritdoc/>
    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        // A synchronous save never carries grant changes (SavingChanges refuses them): nothing is pending for it.
        return base.SavedChanges(eventData, result);
    }

    /// <inheritdoc/>
    public override async Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            await FlushAsync(eventData.Context, invalidate: true).ConfigureAwait(false);
        }

        await base.SaveChangesFailedAsync(eventData, cancellationToken);
    }

    /// <inheritdoc/>
    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        // As SavedChanges: a synchronous save has nothing pending.
        base.SaveChangesFailed(eventData);
    }

    /// <inheritdoc/>
    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => FlushInBackground(eventData.Context, invalidate: true);

    /// <inheritdoc/>
    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        FlushAsync(eventData.Context, invalidate: true);

    /// <inheritdoc/>
    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => FlushInBackground(eventData.Context, invalidate: false);

    /// <inheritdoc/>
    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        FlushAsync(eventData.Context, invalidate: false);

    /// <inheritdoc/>
    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => FlushInBackground(eventData.Context, invalidate: true);

    /// <inheritdoc/>
    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default) =>
        FlushAsync(eventData.Context, invalidate: true);

    private static List<Guid?> Changed(DbContext context) =>
        context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Deleted or EntityState.Modified && e.Entity is PermissionGrant or AppUserRole or AppRole)
            .Select(e => ((IMultiTenant)e.Entity).TenantId)
            .ToList();

    /// <summary>
    /// A transaction ended synchronously (the kit's unit of work commits asynchronously; a library might not): the stamp
    /// renewal runs on the thread pool without blocking the caller, and ends the notes whatever happens.
    /// </summary>
    private void FlushInBackground(DbContext? context, bool invalidate)
    {
        if (context is not null && _pending.TryGetValue(context, out var pending) && pending.Count > 0)
        {
            _ = Task.Run(() => FlushAsync(context, invalidate));
        }
    }

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var tenants = Changed(context);
        if (tenants.Count == 0)
        {
            return;
        }

        var pending = _pending.GetOrCreateValue(context);
        lock (pending)
        {
            foreach (var tenant in tenants)
            {
                if (pending.Add(tenant))
                {
                    cache.BeginChange(tenant);
                }
            }
        }
    }

    private async Task FlushAsync(DbContext? context, bool invalidate)
    {
        if (context is null || !_pending.TryGetValue(context, out var pending))
        {
            return;
        }

        List<Guid?> tenants;
        lock (pending)
        {
            tenants = [.. pending];
            pending.Clear();
        }

        foreach (var tenant in tenants)
        {
            try
            {
                if (invalidate)
                {
                    // Renew first, then end the note: no reader of this process caches under the old stamp meanwhile.
                    await cache.InvalidateAsync(tenant, CancellationToken.None).ConfigureAwait(false);
                }
            }
            finally
            {
                cache.EndChange(tenant);
            }
        }
    }
}
