using System.Globalization;

namespace FitSaaS.Messaging;

/// <summary>
/// The source keys of notifications: derived from the event's content only (never from its message id), so the same event
/// published twice, or redelivered, maps to the same key and produces one notification per recipient and channel, while a
/// genuinely new event (another attempt, another move) gets a new key.
/// </summary>
public static class NotificationSourceKeys
{
    /// <summary><c>booking-confirmed:{bookingId}:{confirmedAt ticks}</c> (a booking confirmed again later is a new event).</summary>
    public static string BookingConfirmed(Guid bookingId, DateTime occurredAtUtc) => $"booking-confirmed:{bookingId:N}:{Ticks(occurredAtUtc)}";

    /// <summary><c>session-cancelled:{sessionId}</c>.</summary>
    public static string SessionCancelled(Guid sessionId) => $"session-cancelled:{sessionId:N}";

    /// <summary>
    /// <c>session-rescheduled:{sessionId}:{new start ticks}:{locationId}:{change ticks}</c>: each move of a session is news,
    /// also a move back to an earlier start (the change's instant tells them apart; 0 from a producer that did not send it).
    /// </summary>
    public static string SessionRescheduled(Guid sessionId, DateTime startsAtUtc, Guid locationId, DateTime occurredAtUtc) =>
        $"session-rescheduled:{sessionId:N}:{Ticks(startsAtUtc)}:{locationId:N}:{Ticks(occurredAtUtc)}";

    /// <summary><c>check-in-reminder:{bookingId}:{session start ticks}</c> (a reminder after the session moved is a new one).</summary>
    public static string CheckInReminder(Guid bookingId, DateTime sessionStartsAtUtc) => $"check-in-reminder:{bookingId:N}:{Ticks(sessionStartsAtUtc)}";

    /// <summary><c>form-to-sign:{issuedFormId}</c> (a form issued again after completion is a new issued form).</summary>
    public static string FormToSign(Guid issuedFormId) => $"form-to-sign:{issuedFormId:N}";

    /// <summary>A new version of a legal document to re-sign (Forms.LegalDocumentToSign.v1): once per version and member.</summary>
    public static string DocumentToSign(Guid legalDocumentVersionId) => $"document-to-sign:{legalDocumentVersionId:N}";

    /// <summary><c>renewal-reminder:{invoiceId}:{attempt}</c>.</summary>
    public static string RenewalReminder(Guid invoiceId, int attempt) => $"renewal-reminder:{invoiceId:N}:{attempt.ToString(CultureInfo.InvariantCulture)}";

    /// <summary><c>membership-renewal:{membershipId}:{renewsOn yyyy-MM-dd}</c>: once per membership and period end.</summary>
    public static string MembershipRenewal(Guid membershipId, DateOnly renewsOn) =>
        $"membership-renewal:{membershipId:N}:{renewsOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    /// <summary><c>payment-failed:{invoiceId}:{attempt}</c>.</summary>
    public static string PaymentFailed(Guid invoiceId, int attempt) => $"payment-failed:{invoiceId:N}:{attempt.ToString(CultureInfo.InvariantCulture)}";

    /// <summary><c>invoice-paid:{invoiceId}</c>.</summary>
    public static string InvoicePaid(Guid invoiceId) => $"invoice-paid:{invoiceId:N}";

    /// <summary><c>invoice-issued:{invoiceId}</c>.</summary>
    public static string InvoiceIssued(Guid invoiceId) => $"invoice-issued:{invoiceId:N}";

    /// <summary><c>debt:{membershipId}:{since ticks}</c>.</summary>
    public static string Debt(Guid membershipId, DateTime occurredAtUtc) => $"debt:{membershipId:N}:{Ticks(occurredAtUtc)}";

    /// <summary><c>announcement:{announcementId}</c>.</summary>
    public static string Announcement(Guid announcementId) => $"announcement:{announcementId:N}";

    private static string Ticks(DateTime utc) => utc.Ticks.ToString(CultureInfo.InvariantCulture);
}
