namespace FitSaaS.Billing;

/// <summary>A payment; amounts in minor units of <see cref="Currency"/>.</summary>
public sealed class PaymentDto
{
    /// <summary>Id.</summary>
    public Guid Id { get; init; }

    /// <summary>The invoice paid.</summary>
    public Guid InvoiceId { get; init; }

    /// <summary>The member.</summary>
    public Guid MemberId { get; init; }

    /// <summary>Provider (<c>manual</c>).</summary>
    public string Provider { get; init; } = "";

    /// <summary>How.</summary>
    public PaymentMethod Method { get; init; }

    /// <summary>Amount.</summary>
    public long Amount { get; init; }

    /// <summary>ISO 4217 code.</summary>
    public string Currency { get; init; } = "";

    /// <summary>Staff's reference.</summary>
    public string? Reference { get; init; }

    /// <summary>Received (UTC).</summary>
    public DateTime ReceivedAtUtc { get; init; }

    /// <summary>Where it stands.</summary>
    public PaymentStatus Status { get; init; }

    /// <summary>Refunded so far.</summary>
    public long AmountRefunded { get; init; }

    /// <summary>Its refunds.</summary>
    public IReadOnlyList<PaymentRefundDto> Refunds { get; init; } = [];
}
