using FitSaaS.Framework.Domain;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Billing.Stripe;

/// <summary>
/// A Stripe event applied (DOMAIN.md §3.5): its id is recorded in the transaction of its effect, under a unique key, so a
/// redelivered or replayed event changes nothing. In the gym's database for a connected account's event, in the host's for
/// a platform event. Kept for reconciliation; no payload (it may carry personal data).
/// </summary>
public sealed class StripeWebhookEvent : AggregateRoot<Guid>, IMultiTenant
{
    /// <summary>Longest stored event type.</summary>
    public const int MaxTypeLength = 100;

    private StripeWebhookEvent()
    {
        EventId = null!;
        Type = null!;
    }

    /// <summary>Records event <paramref name="eventId"/> (<c>evt_…</c>).</summary>
    public StripeWebhookEvent(Guid id, Guid? tenantId, string eventId, string type, string? accountId, DateTime createdAtUtc, DateTime receivedAtUtc, bool handled)
        : base(id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(eventId);
        ArgumentException.ThrowIfNullOrWhiteSpace(type);
        TenantId = tenantId;
        EventId = eventId;
        Type = type.Length > MaxTypeLength ? type[..MaxTypeLength] : type;
        AccountId = accountId;
        CreatedAtUtc = createdAtUtc;
        ReceivedAtUtc = receivedAtUtc;
        Handled = handled;
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>Stripe's event id (<c>evt_…</c>), unique.</summary>
    public string EventId { get; private set; }

    /// <summary>The event type (<c>payment_intent.succeeded</c>).</summary>
    public string Type { get; private set; }

    /// <summary>The connected account it came from; null = the platform's own account.</summary>
    public string? AccountId { get; private set; }

    /// <summary>When Stripe created it (UTC).</summary>
    public DateTime CreatedAtUtc { get; private set; }

    /// <summary>When FitSaaS applied it (UTC).</summary>
    public DateTime ReceivedAtUtc { get; private set; }

    /// <summary>A handler acted on it (false: a type FitSaaS does not handle, acknowledged).</summary>
    public bool Handled { get; private set; }
}
