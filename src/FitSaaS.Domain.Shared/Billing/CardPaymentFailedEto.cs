using FitSaaS.Framework.Events.Distributed;

namespace FitSaaS.Billing;

/// <summary>
/// Distributed event <c>Billing.CardPaymentFailed.v1</c>: an off-session charge of a member's saved card was declined
/// (Messaging tells the member). Published through the outbox; the tenant travels in the envelope. No card data.
/// </summary>
[EventName("Billing.CardPaymentFailed.v1")]
public sealed class CardPaymentFailedEto
{
    /// <summary>The invoice.</summary>
    public Guid InvoiceId { get; init; }

    /// <summary>The member.</summary>
    public Guid MemberUserId { get; init; }

    /// <summary>The attempt's number, from 1.</summary>
    public int Attempt { get; init; }

    /// <summary>Minor units asked.</summary>
    public long Amount { get; init; }

    /// <summary>ISO 4217 code.</summary>
    public string Currency { get; init; } = "";

    /// <summary>The issuer's decline code (or Stripe's error code).</summary>
    public string? DeclineCode { get; init; }

    /// <summary>A hard decline: the member must give a new card; no more retries with this one.</summary>
    public bool CardUpdateRequired { get; init; }

    /// <summary>When the card is charged again (UTC); null when retries are over.</summary>
    public DateTime? NextAttemptAtUtc { get; init; }
}
