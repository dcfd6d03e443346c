namespace FitSaaS.Messaging;

/// <summary>What a notification is about; each kind has its template and belongs to one opt-out category.</summary>
public enum NotificationKind
{
    /// <summary>A booking was confirmed.</summary>
    BookingConfirmed = 0,

    /// <summary>The member was promoted from the waitlist to a confirmed booking.</summary>
    WaitlistPromoted = 1,

    /// <summary>A session the member booked was cancelled.</summary>
    SessionCancelled = 2,

    /// <summary>A session the member booked was moved.</summary>
    SessionRescheduled = 3,

    /// <summary>A booked session starts soon (check-in reminder).</summary>
    CheckInReminder = 4,

    /// <summary>A membership renews (and its card is charged) soon.</summary>
    RenewalReminder = 5,

    /// <summary>A card payment failed.</summary>
    PaymentFailed = 6,

    /// <summary>A payment succeeded (an invoice was paid).</summary>
    PaymentSucceeded = 7,

    /// <summary>An invoice was issued.</summary>
    InvoiceIssued = 8,

    /// <summary>The member is in debt (a membership became past due).</summary>
    Debt = 9,

    /// <summary>A form or waiver waits for the member's signature.</summary>
    FormToSign = 10,

    /// <summary>Staff published an announcement to the member.</summary>
    Announcement = 11,
}
