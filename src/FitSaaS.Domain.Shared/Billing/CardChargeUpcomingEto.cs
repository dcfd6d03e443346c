using FitSaaS.Framework.Events.Distributed;

namespace FitSaaS.Billing;

/// <summary>
/// Distributed event <c>Billing.CardChargeUpcoming.v1</c>: a member's saved card is charged again within a day (a dunning
/// retry; Messaging reminds the member to top up or change the card). Published once per retry.
/// </summary>
[EventName("Billing.CardChargeUpcoming.v1")]
public sealed class CardChargeUpcomingEto
{
    /// <summary>The invoice.</summary>
    public Guid InvoiceId { get; init; }

    /// <summary>The member.</summary>
    public Guid MemberUserId { get; init; }

    /// <summary>The coming attempt's number.</summary>
    public int Attempt { get; init; }

    /// <summary>Minor units to be charged.</summary>
    public long Amount { get; init; }

    /// <summary>ISO 4217 code.</summary>
    public string Currency { get; init; } = "";

    /// <summary>When (UTC).</summary>
    public DateTime ChargeAtUtc { get; init; }
}
