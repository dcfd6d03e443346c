using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.Events.Distributed;
using FitSaaS.Framework.Guids;

namespace FitSaaS.EventBus;

/// <summary><see cref="IDistributedEventDeadLetterStore"/> over <see cref="IDistributedEventDeadLetterRepository"/>: writes in its own host unit of work.</summary>
public sealed class DistributedEventDeadLetterStore(
    IDistributedEventDeadLetterRepository deadLetters,
    IGuidGenerator guidGenerator,
    Framework.MultiTenancy.ICurrentTenant currentTenant,
    Framework.Uow.IUnitOfWorkManager unitOfWorkManager,
    TimeProvider timeProvider) : IDistributedEventDeadLetterStore, ITransientDependency
{
    /// <inheritdoc/>
    public async Task AddAsync(DistributedEventEnvelope envelope, string error, int attempts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        ArgumentNullException.ThrowIfNull(error);
        using var host = currentTenant.Change(null);
        await using var unitOfWork = await unitOfWorkManager.BeginAsync(new Framework.Uow.UnitOfWorkOptions { IsTransactional = true }, cancellationToken);
        await deadLetters.InsertAsync(
            new DistributedEventDeadLetter(guidGenerator.Create(), envelope, error, attempts, timeProvider.GetUtcNow().UtcDateTime), autoSave: true, cancellationToken);
        await unitOfWork.CompleteAsync(cancellationToken);
    }
}
