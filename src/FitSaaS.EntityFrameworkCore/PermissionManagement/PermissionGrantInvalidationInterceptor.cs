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
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
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
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            FlushAsync(eventData.Context, invalidate: true).GetAwaiter().GetResult();
        }

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
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            FlushAsync(eventData.Context, invalidate: true).GetAwaiter().GetResult();
        }

        base.SaveChangesFailed(eventData);
    }

    /// <inheritdoc/>
    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        FlushAsync(eventData.Context, invalidate: true).GetAwaiter().GetResult();

    /// <inheritdoc/>
    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        FlushAsync(eventData.Context, invalidate: true);

    /// <inheritdoc/>
    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        FlushAsync(eventData.Context, invalidate: false).GetAwaiter().GetResult();

    /// <inheritdoc/>
    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
        FlushAsync(eventData.Context, invalidate: false);

    /// <inheritdoc/>
    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) =>
        FlushAsync(eventData.Context, invalidate: true).GetAwaiter().GetResult();

    /// <inheritdoc/>
    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default) =>
        FlushAsync(eventData.Context, invalidate: true);

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var tenants = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Deleted or EntityState.Modified && e.Entity is PermissionGrant or AppUserRole or AppRole)
            .Select(e => ((IMultiTenant)e.Entity).TenantId)
            .ToList();
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
