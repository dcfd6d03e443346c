namespace FitSaaS.Billing;

/// <summary>An attempt to pay an invoice online (a Stripe PaymentIntent on the gym's account). Amounts in minor units.</summary>
public sealed class OnlinePaymentDto
{
    /// <summary>Id.</summary>
    public Guid Id { get; init; }

    /// <summary>The invoice.</summary>
    public Guid InvoiceId { get; init; }

    /// <summary>The member.</summary>
    public Guid MemberId { get; init; }

    /// <summary>Minor units of <see cref="Currency"/>.</summary>
    public long Amount { get; init; }

    /// <summary>ISO 4217 code.</summary>
    public required string Currency { get; init; }

    /// <summary>The attempt's number for the invoice, from 1.</summary>
    public int Attempt { get; init; }

    /// <summary>Charged without the member present.</summary>
    public bool OffSession { get; init; }

    /// <summary>Where it stands.</summary>
    public OnlinePaymentStatus Status { get; init; }

    /// <summary>Stripe's PaymentIntent (<c>pi_…</c>).</summary>
    public string? PaymentIntentId { get; init; }

    /// <summary>For the member's app while the PaymentIntent needs the member (3-D Secure); only in the answer that started or resumed it.</summary>
    public string? ClientSecret { get; init; }

    /// <summary>Stripe's error code of the failure.</summary>
    public string? FailureCode { get; init; }

    /// <summary>The issuer's decline code.</summary>
    public string? DeclineCode { get; init; }

    /// <summary>Hard or soft decline.</summary>
    public DeclineKind DeclineKind { get; init; }

    /// <summary>The invoice's payment, once succeeded.</summary>
    public Guid? PaymentId { get; init; }

    /// <summary>Started (UTC).</summary>
    public DateTime StartedAtUtc { get; init; }

    /// <summary>Finished (UTC).</summary>
    public DateTime? CompletedAtUtc { get; init; }
}
