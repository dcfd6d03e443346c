namespace FitSaaS.Messaging;

/// <summary>Which <see cref="NotificationCategory"/> each <see cref="NotificationKind"/> belongs to, and which categories are transactional.</summary>
public static class NotificationCategories
{
    /// <summary>The opt-out category of <paramref name="kind"/>.</summary>
    public static NotificationCategory Of(NotificationKind kind) => kind switch
    {
        NotificationKind.BookingConfirmed or NotificationKind.WaitlistPromoted or NotificationKind.SessionCancelled or
            NotificationKind.SessionRescheduled => NotificationCategory.Bookings,
        NotificationKind.CheckInReminder or NotificationKind.RenewalReminder => NotificationCategory.Reminders,
        NotificationKind.PaymentFailed or NotificationKind.PaymentSucceeded or NotificationKind.InvoiceIssued or
            NotificationKind.Debt => NotificationCategory.Billing,
        NotificationKind.FormToSign => NotificationCategory.Forms,
        _ => NotificationCategory.Announcements,
    };

    /// <summary>
    /// True for the transactional categories (<see cref="NotificationCategory.Billing"/> and <see cref="NotificationCategory.Forms"/>):
    /// their e-mails are sent whatever the member's opt-outs (they still wait for the end of the quiet hours).
    /// </summary>
    public static bool IsTransactional(NotificationCategory category) =>
        category is NotificationCategory.Billing or NotificationCategory.Forms;
}
