using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Framework.Uow;

/// <summary>
/// Scoped unit-of-work manager: one outer unit of work per scope at a time; nested begins join it.
/// Without a registered <see cref="IUnitOfWorkDatabase"/> (no persistence) units of work do nothing.
/// </summary>
#pragma warning disable CA1001 // The manager does not own the unit of work: its creator disposes it (await using).
public sealed class UnitOfWorkManager(IServiceProvider services) : IUnitOfWorkManager
#pragma warning restore CA1001
{
    private OuterUnitOfWork? _current;

    /// <inheritdoc/>
    public IUnitOfWork? Current => _current;

    /// <inheritdoc/>
    public async Task<IUnitOfWork> BeginAsync(UnitOfWorkOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (_current is not null)
        {
            return new JoinedUnitOfWork(_current);
        }

        options ??= new UnitOfWorkOptions();
        var database = services.GetService<IUnitOfWorkDatabase>();
        if (database is not null)
        {
            await database.BeginAsync(options.IsTransactional, cancellationToken);
        }

        _current = new OuterUnitOfWork(this, database, options.IsTransactional);
        return _current;
    }

    private sealed class OuterUnitOfWork(UnitOfWorkManager manager, IUnitOfWorkDatabase? database, bool isTransactional) : IUnitOfWork
    {
        private readonly List<Func<Task>> _completedHandlers = [];
        private bool _completed;

        public bool IsTransactional { get; } = isTransactional;

        public Task SaveChangesAsync(CancellationToken cancellationToken = default) =>
            database?.SaveChangesAsync(cancellationToken) ?? Task.CompletedTask;

        public async Task CompleteAsync(CancellationToken cancellationToken = default)
        {
            if (database is not null)
            {
                await database.SaveChangesAsync(cancellationToken);
                await database.CommitAsync(cancellationToken);
            }

            _completed = true;
            manager._current = null;
            foreach (var handler in _completedHandlers)
            {
                await handler();
            }
        }

        public void OnCompleted(Func<Task> handler) => _completedHandlers.Add(handler);

        public async ValueTask DisposeAsync()
        {
            if (ReferenceEquals(manager._current, this))
            {
                manager._current = null;
            }

            if (!_completed && database is not null)
            {
                await database.RollbackAsync(CancellationToken.None);
            }
        }
    }

    private sealed class JoinedUnitOfWork(IUnitOfWork outer) : IUnitOfWork
    {
        public bool IsTransactional => outer.IsTransactional;

        public Task SaveChangesAsync(CancellationToken cancellationToken = default) => outer.SaveChangesAsync(cancellationToken);

        public Task CompleteAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

        public void OnCompleted(Func<Task> handler) => outer.OnCompleted(handler);

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
