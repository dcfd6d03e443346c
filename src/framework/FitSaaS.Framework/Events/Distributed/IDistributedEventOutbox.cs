namespace FitSaaS.Framework.Events.Distributed;

/// <summary>
/// The transactional outbox (implemented by the EF Core layer): stores envelopes in the database of their tenant, inside
/// the current unit of work, for the outbox dispatcher to send after commit.
/// </summary>
public interface IDistributedEventOutbox
{
    /// <summary>
    /// Adds <paramref name="envelope"/> to the outbox of the database of <see cref="DistributedEventEnvelope.TenantId"/>
    /// (the tenant's own database, or the shared one), in the current unit of work: it is committed or rolled back with it.
    /// </summary>
    /// <exception cref="InvalidOperationException">No unit of work is active.</exception>
    Task AddAsync(DistributedEventEnvelope envelope, CancellationToken cancellationToken = default);
}
