namespace FitSaaS.Billing;

/// <summary>An entitlement with its balance, derived from the ledger (credits; 0 for an unlimited one).</summary>
public sealed class EntitlementDto
{
    /// <summary>Id.</summary>
    public Guid Id { get; init; }

    /// <summary>The member.</summary>
    public Guid MemberId { get; init; }

    /// <summary>The membership that granted it.</summary>
    public Guid MembershipId { get; init; }

    /// <summary>Its plan.</summary>
    public Guid PlanId { get; init; }

    /// <summary>Unlimited: bookings take nothing.</summary>
    public bool Unlimited { get; init; }

    /// <summary>First day it can be used (local date of the session).</summary>
    public DateOnly ValidFrom { get; init; }

    /// <summary>Last day it can be used (inclusive); null = no end yet.</summary>
    public DateOnly? ValidUntil { get; init; }

    /// <summary>A pack waiting for its first session to start its validity.</summary>
    public bool AwaitsFirstUse { get; init; }

    /// <summary>Credits granted.</summary>
    public int Granted { get; init; }

    /// <summary>Credits held or used by bookings.</summary>
    public int Used { get; init; }

    /// <summary>Credits lost at expiry.</summary>
    public int Expired { get; init; }

    /// <summary>Credits left.</summary>
    public int Balance { get; init; }
}
