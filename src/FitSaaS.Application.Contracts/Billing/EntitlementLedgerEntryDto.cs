namespace FitSaaS.Billing;

/// <summary>One ledger entry: what happened to an entitlement and its effect on the balance (credits, signed).</summary>
public sealed class EntitlementLedgerEntryDto
{
    /// <summary>Id.</summary>
    public Guid Id { get; init; }

    /// <summary>The entitlement.</summary>
    public Guid EntitlementId { get; init; }

    /// <summary>What happened.</summary>
    public EntitlementAction Action { get; init; }

    /// <summary>Effect on the balance.</summary>
    public int Quantity { get; init; }

    /// <summary>The booking that caused it, if any.</summary>
    public Guid? BookingId { get; init; }

    /// <summary>When (UTC).</summary>
    public DateTime OccurredAtUtc { get; init; }

    /// <summary>Why.</summary>
    public string? Reason { get; init; }
}
