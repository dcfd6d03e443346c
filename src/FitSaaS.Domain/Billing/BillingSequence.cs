using FitSaaS.Framework.Domain;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Billing;

/// <summary>
/// A tenant's document counter (invoices, credit notes): the last number used. Advanced by
/// <see cref="IBillingSequenceRepository.NextAsync"/> inside the transaction that uses the number, under the row's lock,
/// so a rolled-back issue gives its number back and concurrent issues queue: numbers have no gaps and no duplicates.
/// </summary>
public sealed class BillingSequence : Entity<Guid>, IMultiTenant
{
    private BillingSequence()
    {
        Name = null!;
    }

    /// <summary>Creates a counter at 0.</summary>
    public BillingSequence(Guid id, Guid? tenantId, string name)
        : base(id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        TenantId = tenantId;
        Name = name;
    }

    /// <summary>The invoices' sequence.</summary>
    public const string Invoices = "invoice";

    /// <summary>The credit notes' sequence.</summary>
    public const string CreditNotes = "credit-note";

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>Which sequence (<see cref="Invoices"/>, <see cref="CreditNotes"/>).</summary>
    public string Name { get; private set; }

    /// <summary>The last number given (0 = none yet).</summary>
    public long LastValue { get; private set; }
}
