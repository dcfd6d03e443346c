namespace FitSaaS.Messaging;

/// <summary>
/// The opt-out category of a notification kind (<see cref="NotificationCategories.Of"/>): a member opts out of the e-mails of a
/// whole category, never of single kinds. The in-app notification is always stored.
/// </summary>
public enum NotificationCategory
{
    /// <summary>Bookings: confirmed, promoted from the waitlist, session cancelled or rescheduled.</summary>
    Bookings = 0,

    /// <summary>Reminders: check-in and membership renewal reminders.</summary>
    Reminders = 1,

    /// <summary>Billing: payment failed or succeeded, invoice issued, debt (transactional: cannot be opted out of).</summary>
    Billing = 2,

    /// <summary>Forms and waivers to sign (transactional: cannot be opted out of).</summary>
    Forms = 3,

    /// <summary>Staff announcements.</summary>
    Announcements = 4,
}
