namespace FitSaaS.Billing;

/// <summary>The gym's Stripe connection. Holds no secret.</summary>
public sealed class StripeConnectionDto
{
    /// <summary>A Stripe account is connected.</summary>
    public bool IsConnected { get; init; }

    /// <summary>The connected account's id (<c>acct_…</c>).</summary>
    public string? AccountId { get; init; }

    /// <summary>Stripe lets the account take charges: members can pay online.</summary>
    public bool ChargesEnabled { get; init; }

    /// <summary>Stripe pays the account out.</summary>
    public bool PayoutsEnabled { get; init; }

    /// <summary>The gym finished Stripe's onboarding.</summary>
    public bool DetailsSubmitted { get; init; }

    /// <summary>When it was connected (UTC).</summary>
    public DateTime? ConnectedAtUtc { get; init; }

    /// <summary>When the account's state was last read from Stripe (UTC).</summary>
    public DateTime? AccountReadAtUtc { get; init; }
}
