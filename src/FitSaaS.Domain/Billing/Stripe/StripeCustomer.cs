using FitSaaS.Framework.Domain;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Billing.Stripe;

/// <summary>
/// A member's Stripe Customer on the gym's connected account (one per member per tenant and account, DOMAIN.md §2.19),
/// created on first need, and the card used for off-session charges. Holds ids only: card numbers never reach FitSaaS.
/// </summary>
public sealed class StripeCustomer : AggregateRoot<Guid>, IMultiTenant
{
    private StripeCustomer()
    {
        AccountId = null!;
        CustomerId = null!;
    }

    /// <summary>Records the Stripe Customer <paramref name="customerId"/> of <paramref name="memberId"/> on <paramref name="accountId"/>.</summary>
    public StripeCustomer(Guid id, Guid? tenantId, Guid memberId, string accountId, string customerId, DateTime createdAtUtc)
        : base(id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountId);
        ArgumentException.ThrowIfNullOrWhiteSpace(customerId);
        TenantId = tenantId;
        MemberId = memberId;
        AccountId = accountId;
        CustomerId = customerId;
        CreatedAtUtc = createdAtUtc;
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>The member.</summary>
    public Guid MemberId { get; private set; }

    /// <summary>The connected account the customer lives on (<c>acct_…</c>).</summary>
    public string AccountId { get; private set; }

    /// <summary>Stripe's id (<c>cus_…</c>).</summary>
    public string CustomerId { get; private set; }

    /// <summary>The saved card charged off-session (<c>pm_…</c>); null = none.</summary>
    public string? DefaultPaymentMethodId { get; private set; }

    /// <summary>When it was created (UTC).</summary>
    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>Makes <paramref name="paymentMethodId"/> the card charged off-session (null: none).</summary>
    public void SetDefaultPaymentMethod(string? paymentMethodId) =>
        DefaultPaymentMethodId = string.IsNullOrWhiteSpace(paymentMethodId) ? null : paymentMethodId;
}
