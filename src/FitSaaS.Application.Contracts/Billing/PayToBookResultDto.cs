using FitSaaS.Bookings;

namespace FitSaaS.Billing;

/// <summary>What pay-to-book did: the booking (confirmed once paid, pending while the payment needs the member), the purchase and the payment.</summary>
public sealed class PayToBookResultDto
{
    /// <summary>The booking.</summary>
    public Guid BookingId { get; init; }

    /// <summary>Its status: <c>Confirmed</c> once paid, <c>Pending</c> (the seat held) while the payment completes.</summary>
    public BookingStatus BookingStatus { get; init; }

    /// <summary>When the held seat is released if the payment has not completed (UTC).</summary>
    public DateTime? HoldExpiresAtUtc { get; init; }

    /// <summary>The membership sold (the drop-in or pack).</summary>
    public Guid MembershipId { get; init; }

    /// <summary>Its invoice.</summary>
    public Guid InvoiceId { get; init; }

    /// <summary>The payment.</summary>
    public required OnlinePaymentDto Payment { get; init; }
}
