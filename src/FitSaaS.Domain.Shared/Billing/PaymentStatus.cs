namespace FitSaaS.Billing;

/// <summary>Where a payment stands. Stored and serialized as its name.</summary>
public enum PaymentStatus
{
    /// <summary>Received in full; nothing refunded.</summary>
    Succeeded = 0,

    /// <summary>Part of it was refunded.</summary>
    PartiallyRefunded = 1,

    /// <summary>All of it was refunded.</summary>
    Refunded = 2,
}
