using FitSaaS.Framework.Events.Distributed;
using FitSaaS.Framework.Uow;

namespace FitSaaS.Framework.EntityFrameworkCore.EventBus;

/// <summary>
/// <see cref="IDistributedEventOutbox"/> on EF Core: adds an <see cref="OutboxMessage"/> to the context of the envelope's
/// tenant database in the current unit of work (saved and committed with it) and wakes the dispatcher after the commit.
/// </summary>
public sealed class EfCoreDistributedEventOutbox<TDbContext>(
    IDbContextProvider<TDbContext> dbContextProvider,
    IUnitOfWorkManager unitOfWorkManager,
    OutboxSignal signal) : IDistributedEventOutbox
    where TDbContext : FitSaaSDbContextBase
{
    private IUnitOfWork? _signalledUnitOfWork;
    private readonly HashSet<Guid?> _signalledTenants = [];

    /// <inheritdoc/>
    public async Task AddAsync(DistributedEventEnvelope envelope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var unitOfWork = unitOfWorkManager.Current
            ?? throw new InvalidOperationException("The outbox is written inside a unit of work (its row commits with the change).");
        var context = await dbContextProvider.GetDbContextForTenantAsync(envelope.TenantId, cancellationToken);
        context.Set<OutboxMessage>().Add(new OutboxMessage(envelope));
        if (!ReferenceEquals(_signalledUnitOfWork, unitOfWork))
        {
            _signalledUnitOfWork = unitOfWork;
            _signalledTenants.Clear();
        }

        if (_signalledTenants.Add(envelope.TenantId))
        {
            var tenantId = envelope.TenantId;
            unitOfWork.OnCompleted(() =>
            {
                signal.Notify(tenantId);
                return Task.CompletedTask;
            });
        }
    }
}
