using FitSaaS.Framework.Uow;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace FitSaaS.Framework.EntityFrameworkCore;

/// <summary>The EF Core side of a unit of work: one transaction on the scope's context.</summary>
public sealed class EfCoreUnitOfWorkDatabase<TDbContext>(TDbContext dbContext) : IUnitOfWorkDatabase, IAsyncDisposable
    where TDbContext : DbContext
{
    private IDbContextTransaction? _transaction;

    /// <inheritdoc/>
    public async Task BeginAsync(bool transactional, CancellationToken cancellationToken)
    {
        if (transactional && dbContext.Database.CurrentTransaction is null)
        {
            _transaction = await dbContext.Database.BeginTransactionAsync(cancellationToken);
        }
    }

    /// <inheritdoc/>
    public Task SaveChangesAsync(CancellationToken cancellationToken) => dbContext.SaveChangesAsync(cancellationToken);

    /// <inheritdoc/>
    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (_transaction is not null)
        {
            await _transaction.CommitAsync(cancellationToken);
            await _transaction.DisposeAsync();
            _transaction = null;
        }
    }

    /// <inheritdoc/>
    public async Task RollbackAsync(CancellationToken cancellationToken)
    {
        // Forget unsaved and failed changes so later calls in the same scope start clean.
        dbContext.ChangeTracker.Clear();
        if (_transaction is not null)
        {
            await _transaction.RollbackAsync(cancellationToken);
            await _transaction.DisposeAsync();
            _transaction = null;
        }
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
            _transaction = null;
        }
    }
}
