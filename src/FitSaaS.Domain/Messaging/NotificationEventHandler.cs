using FitSaaS.Billing;
using FitSaaS.Bookings;
using FitSaaS.Forms;
using FitSaaS.Framework.Events.Distributed;

namespace FitSaaS.Messaging;

/// <summary>
/// Subscribes the notifications pipeline (<see cref="NotificationDispatcher"/>) to the other modules' distributed events
/// (they do not know Messaging) and to Messaging's own <see cref="AnnouncementDeliveredEto"/>. Each event maps to one
/// <see cref="NotificationKind"/>, a source key derived from its content (<see cref="NotificationSourceKeys"/>) and the
/// template variables of <see cref="NotificationTemplateLibrary"/>. Runs in the event's tenant and unit of work.
/// </summary>
public sealed class NotificationEventHandler(NotificationDispatcher dispatcher) :
    IDistributedEventHandler<BookingConfirmedEto>,
    IDistributedEventHandler<ClassSessionCancelledEto>,
    IDistributedEventHandler<ClassSessionRescheduledEto>,
    IDistributedEventHandler<BookingReminderDueEto>,
    IDistributedEventHandler<FormIssuedEto>,
    IDistributedEventHandler<LegalDocumentToSignEto>,
    IDistributedEventHandler<CardChargeUpcomingEto>,
    IDistributedEventHandler<MembershipRenewalUpcomingEto>,
    IDistributedEventHandler<CardPaymentFailedEto>,
    IDistributedEventHandler<InvoicePaidEto>,
    IDistributedEventHandler<InvoiceIssuedEto>,
    IDistributedEventHandler<MembershipStatusChangedEto>,
    IDistributedEventHandler<AnnouncementDeliveredEto>
{
    /// <summary>Booking confirmed (<see cref="NotificationKind.BookingConfirmed"/>) or promoted from the waitlist (<see cref="NotificationKind.WaitlistPromoted"/>).</summary>
    public Task HandleEventAsync(BookingConfirmedEto eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        return dispatcher.DispatchAsync(new NotificationRequest
        {
            RecipientUserIds = [eventData.MemberUserId],
            Kind = eventData.WasPromoted ? NotificationKind.WaitlistPromoted : NotificationKind.BookingConfirmed,
            SourceKey = NotificationSourceKeys.BookingConfirmed(eventData.BookingId, eventData.OccurredAtUtc),
            Model = new Dictionary<string, object?>
            {
                ["session_start"] = eventData.SessionStartsAtUtc,
                ["duration_minutes"] = eventData.SessionDurationMinutes,
            },
            LocationId = eventData.LocationId,
            LinkEntityType = "Booking",
            LinkEntityId = eventData.BookingId,
        }, cancellationToken);
    }

    /// <summary>Session cancelled: one <see cref="NotificationKind.SessionCancelled"/> per member whose booking was cancelled.</summary>
    public Task HandleEventAsync(ClassSessionCancelledEto eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        return dispatcher.DispatchAsync(new NotificationRequest
        {
            RecipientUserIds = eventData.MemberUserIds,
            Kind = NotificationKind.SessionCancelled,
            SourceKey = NotificationSourceKeys.SessionCancelled(eventData.ClassSessionId),
            Model = new Dictionary<string, object?> { ["session_start"] = eventData.StartsAtUtc, ["reason"] = eventData.Reason },
            LocationId = eventData.LocationId,
            LinkEntityType = "ClassSession",
            LinkEntityId = eventData.ClassSessionId,
        }, cancellationToken);
    }

    /// <summary>
    /// Session moved (its schedule changed, or staff moved it): one <see cref="NotificationKind.SessionRescheduled"/> per member
    /// with an active booking, per move.
    /// </summary>
    public Task HandleEventAsync(ClassSessionRescheduledEto eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        return dispatcher.DispatchAsync(new NotificationRequest
        {
            RecipientUserIds = eventData.MemberUserIds,
            Kind = NotificationKind.SessionRescheduled,
            SourceKey = NotificationSourceKeys.SessionRescheduled(eventData.ClassSessionId, eventData.StartsAtUtc, eventData.LocationId, eventData.OccurredAtUtc),
            Model = new Dictionary<string, object?>
            {
                ["previous_start"] = eventData.PreviousStartsAtUtc,
                ["session_start"] = eventData.StartsAtUtc,
                ["duration_minutes"] = eventData.DurationMinutes,
            },
            LocationId = eventData.LocationId,
            LinkEntityType = "ClassSession",
            LinkEntityId = eventData.ClassSessionId,
        }, cancellationToken);
    }

    /// <summary>A confirmed booking's session starts soon: <see cref="NotificationKind.CheckInReminder"/>, once per booking and session start.</summary>
    public Task HandleEventAsync(BookingReminderDueEto eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        return dispatcher.DispatchAsync(new NotificationRequest
        {
            RecipientUserIds = [eventData.MemberUserId],
            Kind = NotificationKind.CheckInReminder,
            SourceKey = NotificationSourceKeys.CheckInReminder(eventData.BookingId, eventData.SessionStartsAtUtc),
            Model = new Dictionary<string, object?> { ["session_start"] = eventData.SessionStartsAtUtc },
            LocationId = eventData.LocationId,
            LinkEntityType = "Booking",
            LinkEntityId = eventData.BookingId,
        }, cancellationToken);
    }

    /// <summary>A form was issued to the member: <see cref="NotificationKind.FormToSign"/>, once per issued form.</summary>
    public Task HandleEventAsync(FormIssuedEto eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        return dispatcher.DispatchAsync(new NotificationRequest
        {
            RecipientUserIds = [eventData.MemberUserId],
            Kind = NotificationKind.FormToSign,
            SourceKey = NotificationSourceKeys.FormToSign(eventData.IssuedFormId),
            Model = new Dictionary<string, object?> { ["form_title"] = eventData.FormTitle },
            LinkEntityType = "IssuedForm",
            LinkEntityId = eventData.IssuedFormId,
        }, cancellationToken);
    }

    /// <summary>
    /// A new version of a legal document (a waiver, terms) must be re-signed: <see cref="NotificationKind.FormToSign"/> with the
    /// document's title, once per version and member (each batch names distinct members).
    /// </summary>
    public Task HandleEventAsync(LegalDocumentToSignEto eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        return dispatcher.DispatchAsync(new NotificationRequest
        {
            RecipientUserIds = eventData.MemberUserIds,
            Kind = NotificationKind.FormToSign,
            SourceKey = NotificationSourceKeys.DocumentToSign(eventData.VersionId),
            Model = new Dictionary<string, object?> { ["form_title"] = eventData.Title },
            LinkEntityType = "LegalDocument",
            LinkEntityId = eventData.LegalDocumentId,
        }, cancellationToken);
    }

    /// <summary>A card charge comes (a dunning retry): <see cref="NotificationKind.RenewalReminder"/> without a plan name.</summary>
    public Task HandleEventAsync(CardChargeUpcomingEto eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        return dispatcher.DispatchAsync(new NotificationRequest
        {
            RecipientUserIds = [eventData.MemberUserId],
            Kind = NotificationKind.RenewalReminder,
            SourceKey = NotificationSourceKeys.RenewalReminder(eventData.InvoiceId, eventData.Attempt),
            Model = new Dictionary<string, object?>
            {
                ["amount"] = new NotificationMoney(eventData.Amount, eventData.Currency),
                ["charge_at"] = eventData.ChargeAtUtc,
                ["attempt"] = eventData.Attempt,
                ["plan_name"] = null,
                ["renews_on"] = null,
                ["saved_card"] = true,
            },
            LinkEntityType = "Invoice",
            LinkEntityId = eventData.InvoiceId,
        }, cancellationToken);
    }

    /// <summary>
    /// A membership renews soon: <see cref="NotificationKind.RenewalReminder"/> naming the plan, the date and whether the
    /// saved card is charged, once per membership and period end.
    /// </summary>
    public Task HandleEventAsync(MembershipRenewalUpcomingEto eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        return dispatcher.DispatchAsync(new NotificationRequest
        {
            RecipientUserIds = [eventData.MemberUserId],
            Kind = NotificationKind.RenewalReminder,
            SourceKey = NotificationSourceKeys.MembershipRenewal(eventData.MembershipId, eventData.RenewsOn),
            Model = new Dictionary<string, object?>
            {
                ["amount"] = new NotificationMoney(eventData.Amount, eventData.Currency),
                ["charge_at"] = null,
                ["attempt"] = 1,
                ["plan_name"] = eventData.PlanName,
                ["renews_on"] = eventData.RenewsOn,
                ["saved_card"] = eventData.ChargedToSavedCard,
            },
            LinkEntityType = "Membership",
            LinkEntityId = eventData.MembershipId,
        }, cancellationToken);
    }

    /// <summary>A card payment failed: <see cref="NotificationKind.PaymentFailed"/>, once per invoice and attempt.</summary>
    public Task HandleEventAsync(CardPaymentFailedEto eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        return dispatcher.DispatchAsync(new NotificationRequest
        {
            RecipientUserIds = [eventData.MemberUserId],
            Kind = NotificationKind.PaymentFailed,
            SourceKey = NotificationSourceKeys.PaymentFailed(eventData.InvoiceId, eventData.Attempt),
            Model = new Dictionary<string, object?>
            {
                ["amount"] = new NotificationMoney(eventData.Amount, eventData.Currency),
                ["attempt"] = eventData.Attempt,
                ["next_attempt"] = eventData.NextAttemptAtUtc,
                ["card_update_required"] = eventData.CardUpdateRequired,
            },
            LinkEntityType = "Invoice",
            LinkEntityId = eventData.InvoiceId,
        }, cancellationToken);
    }

    /// <summary>An invoice was paid: <see cref="NotificationKind.PaymentSucceeded"/>.</summary>
    public Task HandleEventAsync(InvoicePaidEto eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        return dispatcher.DispatchAsync(new NotificationRequest
        {
            RecipientUserIds = [eventData.MemberUserId],
            Kind = NotificationKind.PaymentSucceeded,
            SourceKey = NotificationSourceKeys.InvoicePaid(eventData.InvoiceId),
            Model = new Dictionary<string, object?>
            {
                ["invoice_number"] = eventData.Number,
                ["amount"] = new NotificationMoney(eventData.Total, eventData.Currency),
                ["paid_at"] = eventData.PaidAtUtc,
            },
            LinkEntityType = "Invoice",
            LinkEntityId = eventData.InvoiceId,
        }, cancellationToken);
    }

    /// <summary>An invoice was issued: <see cref="NotificationKind.InvoiceIssued"/>.</summary>
    public Task HandleEventAsync(InvoiceIssuedEto eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        return dispatcher.DispatchAsync(new NotificationRequest
        {
            RecipientUserIds = [eventData.MemberUserId],
            Kind = NotificationKind.InvoiceIssued,
            SourceKey = NotificationSourceKeys.InvoiceIssued(eventData.InvoiceId),
            Model = new Dictionary<string, object?>
            {
                ["invoice_number"] = eventData.Number,
                ["amount"] = new NotificationMoney(eventData.Total, eventData.Currency),
                ["due_at"] = eventData.DueAtUtc,
            },
            LinkEntityType = "Invoice",
            LinkEntityId = eventData.InvoiceId,
        }, cancellationToken);
    }

    /// <summary>A membership became past due: <see cref="NotificationKind.Debt"/>; other statuses notify nothing.</summary>
    public Task HandleEventAsync(MembershipStatusChangedEto eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        if (eventData.Status != MembershipStatus.PastDue || eventData.PreviousStatus == MembershipStatus.PastDue)
        {
            return Task.CompletedTask;
        }

        return dispatcher.DispatchAsync(new NotificationRequest
        {
            RecipientUserIds = [eventData.MemberUserId],
            Kind = NotificationKind.Debt,
            SourceKey = NotificationSourceKeys.Debt(eventData.MembershipId, eventData.OccurredAtUtc),
            Model = new Dictionary<string, object?> { ["since"] = eventData.OccurredAtUtc },
            LinkEntityType = "Membership",
            LinkEntityId = eventData.MembershipId,
        }, cancellationToken);
    }

    /// <summary>A batch of an announcement was delivered: one <see cref="NotificationKind.Announcement"/> per recipient, stored in bulk.</summary>
    public Task HandleEventAsync(AnnouncementDeliveredEto eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        return dispatcher.DispatchAsync(new NotificationRequest
        {
            RecipientUserIds = eventData.RecipientUserIds,
            Kind = NotificationKind.Announcement,
            SourceKey = NotificationSourceKeys.Announcement(eventData.AnnouncementId),
            Model = new Dictionary<string, object?> { ["title"] = eventData.Title, ["body"] = eventData.Body },
            LinkEntityType = "Announcement",
            LinkEntityId = eventData.AnnouncementId,
        }, cancellationToken);
    }
}
