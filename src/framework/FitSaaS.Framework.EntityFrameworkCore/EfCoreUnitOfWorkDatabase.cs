using FitSaaS.Framework.Uow;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.Framework.EntityFrameworkCore;

/// <summary>
/// The EF Core side of a unit of work over every context the scope's <see cref="DbContextProvider{TDbContext, TImplementation}"/>
/// hands out (the host database and tenant databases): one local transaction per database, saved and
/// committed one after the other. This is not a distributed transaction: should a commit fail after another
/// database committed, the earlier commit stands. Units of work normally touch one tenant database plus,
/// at most, host rows written by the same call (audit logs are written in their own unit of work).
/// </summary>
public sealed class EfCoreUnitOfWorkDatabase<TDbContext, TImplementation>(DbContextProvider<TDbContext, TImplementation> provider) : IUnitOfWorkDatabase
    where TDbContext : FitSaaSDbContextBase
    where TImplementation : TDbContext
{
    /// <inheritdoc/>
    public async Task BeginAsync(bool transactional, CancellationToken cancellationToken)
    {
        provider.EnterUnitOfWork(transactional);
        foreach (var context in provider.Contexts.Where(c => c.Database.CurrentTransaction is null).ToList())
        {
            if (transactional)
            {
                await context.Database.BeginTransactionAsync(cancellationToken);
            }
            else
            {
                // One connection for all queries of the unit of work (see DbContextProvider).
                await provider.HoldOpenAsync(context, cancellationToken);
            }
        }
    }

    /// <inheritdoc/>
    public async Task SaveChangesAsync(CancellationToken cancellationToken)
    {
        // Saving one context may dispatch events that change another (or a newly created) one: repeat until all are clean.
        for (var round = 0; round < 5; round++)
        {
            var dirty = provider.Contexts.Where(c => c.ChangeTracker.HasChanges()).ToList();
            if (dirty.Count == 0)
            {
                return;
            }

            foreach (var context in dirty)
            {
                await context.SaveChangesAsync(cancellationToken);
            }
        }
    }

    /// <inheritdoc/>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        try
        {
            foreach (var context in provider.Contexts.ToList())
            {
                if (context.Database.CurrentTransaction is { } transaction)
                {
                    await transaction.CommitAsync(cancellationToken);
                    await transaction.DisposeAsync();
                }
            }
        }
        finally
        {
            await provider.LeaveUnitOfWorkAsync();
        }
    }

    /// <inheritdoc/>
    public async Task RollbackAsync(CancellationToken cancellationToken)
    {
        try
        {
            foreach (var context in provider.Contexts.ToList())
            {
                // Forget unsaved and failed changes so later calls in the same scope start clean.
                context.ChangeTracker.Clear();
                if (context.Database.CurrentTransaction is { } transaction)
                {
                    await transaction.RollbackAsync(cancellationToken);
                    await transaction.DisposeAsync();
                }
            }
        }
        finally
        {
            await provider.LeaveUnitOfWorkAsync();
        }
    }
}
