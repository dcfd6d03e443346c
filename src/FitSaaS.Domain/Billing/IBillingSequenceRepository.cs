namespace FitSaaS.Billing;

/// <summary>The tenants' gap-free document counters (<see cref="BillingSequence"/>).</summary>
public interface IBillingSequenceRepository
{
    /// <summary>
    /// Takes the next number of the current tenant's sequence <paramref name="name"/> (1 for the first), holding the
    /// counter's lock until the transaction ends: a rollback returns the number, a concurrent caller waits.
    /// </summary>
    /// <exception cref="InvalidOperationException">No transaction is open.</exception>
    Task<long> NextAsync(string name, CancellationToken cancellationToken = default);
}
