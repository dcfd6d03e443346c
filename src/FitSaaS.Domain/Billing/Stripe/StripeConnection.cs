using FitSaaS.Framework.Auditing;
using FitSaaS.Framework.Domain;

namespace FitSaaS.Billing.Stripe;

/// <summary>
/// A gym's connected Stripe account (Stripe Connect, direct charges: DOMAIN.md §3.2): every Stripe call for the gym sends
/// <see cref="AccountId"/> as <c>Stripe-Account</c>. Host-owned (one row per tenant, in the host database) so that a webhook
/// of a connected account finds its tenant before it opens the tenant's database. Holds no secret: the platform's key is
/// configuration (<see cref="StripeOptions.SecretKey"/>).
/// </summary>
[Audited]
public sealed class StripeConnection : AuditedAggregateRoot<Guid>, IHostEntity
{
    /// <summary>Longest stored Stripe id.</summary>
    public const int MaxIdLength = 255;

    private StripeConnection()
    {
        AccountId = null!;
    }

    /// <summary>Connects <paramref name="tenantId"/> to <paramref name="accountId"/> (<c>acct_…</c>).</summary>
    public StripeConnection(Guid id, Guid tenantId, string accountId, DateTime connectedAtUtc)
        : base(id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountId);
        TenantId = tenantId;
        AccountId = accountId;
        ConnectedAtUtc = connectedAtUtc;
    }

    /// <summary>The gym.</summary>
    public Guid TenantId { get; private set; }

    /// <summary>The connected account's id (<c>acct_…</c>).</summary>
    public string AccountId { get; private set; }

    /// <summary>Stripe lets the account take charges (<c>charges_enabled</c>): members can pay online only then.</summary>
    public bool ChargesEnabled { get; private set; }

    /// <summary>Stripe pays the account out (<c>payouts_enabled</c>).</summary>
    public bool PayoutsEnabled { get; private set; }

    /// <summary>The gym finished Stripe's onboarding (<c>details_submitted</c>).</summary>
    public bool DetailsSubmitted { get; private set; }

    /// <summary>When it was connected (UTC).</summary>
    public DateTime ConnectedAtUtc { get; private set; }

    /// <summary>When Stripe's account state was last read (UTC); null = never.</summary>
    public DateTime? AccountReadAtUtc { get; private set; }

    /// <summary>Takes the account's current state as Stripe reports it.</summary>
    public void UpdateAccountState(bool chargesEnabled, bool payoutsEnabled, bool detailsSubmitted, DateTime readAtUtc)
    {
        ChargesEnabled = chargesEnabled;
        PayoutsEnabled = payoutsEnabled;
        DetailsSubmitted = detailsSubmitted;
        AccountReadAtUtc = readAtUtc;
    }
}
