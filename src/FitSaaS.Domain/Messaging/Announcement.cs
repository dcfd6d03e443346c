using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Messaging;

/// <summary>
/// A broadcast of staff to the gym's members or an audience of them (<see cref="AnnouncementAudienceKind"/>): written as a
/// <see cref="AnnouncementStatus.Draft"/>, then published now or <see cref="AnnouncementStatus.Scheduled"/> for a UTC
/// instant; delivery (<see cref="AnnouncementDeliveryJob"/>) stores one <see cref="AnnouncementReceipt"/> per recipient in
/// batches and ends <see cref="AnnouncementStatus.Delivered"/>. The creator is <c>CreatorId</c>.
/// </summary>
public sealed class Announcement : AuditedAggregateRoot<Guid>, IMultiTenant
{
    private Announcement()
    {
        // EF Core
        Title = "";
        Body = "";
    }

    /// <summary>Creates a draft.</summary>
    /// <exception cref="ArgumentException">The title or body is empty or too long, or the audience's reference does not fit its kind.</exception>
    public Announcement(Guid id, Guid? tenantId, string title, string body, AnnouncementAudienceKind audienceKind, Guid? audienceReferenceId)
        : base(id)
    {
        TenantId = tenantId;
        Title = "";
        Body = "";
        Status = AnnouncementStatus.Draft;
        Change(title, body, audienceKind, audienceReferenceId);
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>The title: plain text, 1 to <see cref="AnnouncementConsts.MaxTitleLength"/> characters, trimmed.</summary>
    public string Title { get; private set; }

    /// <summary>The body: plain text, 1 to <see cref="AnnouncementConsts.MaxBodyLength"/> characters, trimmed.</summary>
    public string Body { get; private set; }

    /// <summary>Who receives it.</summary>
    public AnnouncementAudienceKind AudienceKind { get; private set; }

    /// <summary>The location, class type or plan of the audience; null for <see cref="AnnouncementAudienceKind.All"/> and <see cref="AnnouncementAudienceKind.InDebt"/>.</summary>
    public Guid? AudienceReferenceId { get; private set; }

    /// <summary>Where it is in its life.</summary>
    public AnnouncementStatus Status { get; private set; }

    /// <summary>When it is to be published (UTC), while <see cref="AnnouncementStatus.Scheduled"/> (kept afterwards); null otherwise.</summary>
    public DateTime? ScheduledAtUtc { get; private set; }

    /// <summary>When delivery started (UTC); null before.</summary>
    public DateTime? PublishedAtUtc { get; private set; }

    /// <summary>When the last recipient's receipt was stored (UTC); null before.</summary>
    public DateTime? DeliveredAtUtc { get; private set; }

    /// <summary>When it was cancelled (UTC); null unless <see cref="AnnouncementStatus.Cancelled"/>.</summary>
    public DateTime? CancelledAtUtc { get; private set; }

    /// <summary>Recipients with a receipt so far (all of them once delivered).</summary>
    public int RecipientCount { get; private set; }

    /// <summary>Batches delivered so far; the next batch's zero-based number.</summary>
    public int BatchCount { get; private set; }

    /// <summary>True while it may be changed (a draft).</summary>
    public bool IsDraft => Status == AnnouncementStatus.Draft;

    /// <summary>Changes a draft's content and audience.</summary>
    /// <exception cref="BusinessException"><c>Messaging:AnnouncementNotDraft</c>.</exception>
    /// <exception cref="ArgumentException">The title or body is empty or too long, or the audience's reference does not fit its kind.</exception>
    public void Change(string title, string body, AnnouncementAudienceKind audienceKind, Guid? audienceReferenceId)
    {
        if (!IsDraft)
        {
            throw new BusinessException(MessagingErrorCodes.AnnouncementNotDraft).WithData("status", Status.ToString());
        }

        Title = Text(title, AnnouncementConsts.MaxTitleLength, nameof(title));
        Body = Text(body, AnnouncementConsts.MaxBodyLength, nameof(body));
        if (!Enum.IsDefined(audienceKind))
        {
            throw new ArgumentException("Unknown audience kind.", nameof(audienceKind));
        }

        if (NeedsReference(audienceKind) != audienceReferenceId.HasValue)
        {
            throw new ArgumentException("The audience's reference id is required for a location, class type or plan and not allowed otherwise.", nameof(audienceReferenceId));
        }

        AudienceKind = audienceKind;
        AudienceReferenceId = audienceReferenceId;
    }

    /// <summary>Schedules a draft (or moves a scheduled one) to <paramref name="atUtc"/>.</summary>
    /// <exception cref="BusinessException"><c>Messaging:AnnouncementNotPublishable</c>, <c>Messaging:AnnouncementScheduleInPast</c>.</exception>
    public void Schedule(DateTime atUtc, DateTime nowUtc)
    {
        EnsurePublishable();
        if (atUtc <= nowUtc)
        {
            throw new BusinessException(MessagingErrorCodes.AnnouncementScheduleInPast);
        }

        ScheduledAtUtc = atUtc;
        Status = AnnouncementStatus.Scheduled;
    }

    /// <summary>Starts delivery now (a draft, or a scheduled one early).</summary>
    /// <exception cref="BusinessException"><c>Messaging:AnnouncementNotPublishable</c>.</exception>
    public void Publish(DateTime nowUtc)
    {
        EnsurePublishable();
        Status = AnnouncementStatus.Delivering;
        PublishedAtUtc = nowUtc;
    }

    /// <summary>True when it is scheduled and its instant has come.</summary>
    public bool IsDue(DateTime nowUtc) => Status == AnnouncementStatus.Scheduled && ScheduledAtUtc <= nowUtc;

    /// <summary>Cancels a draft or a scheduled announcement.</summary>
    /// <exception cref="BusinessException"><c>Messaging:AnnouncementNotCancellable</c>.</exception>
    public void Cancel(DateTime nowUtc)
    {
        if (Status is not (AnnouncementStatus.Draft or AnnouncementStatus.Scheduled))
        {
            throw new BusinessException(MessagingErrorCodes.AnnouncementNotCancellable).WithData("status", Status.ToString());
        }

        Status = AnnouncementStatus.Cancelled;
        CancelledAtUtc = nowUtc;
    }

    /// <summary>Records one delivered batch of <paramref name="recipients"/> receipts.</summary>
    /// <exception cref="InvalidOperationException">It is not delivering, or the batch is empty.</exception>
    public void RecordBatch(int recipients)
    {
        if (Status != AnnouncementStatus.Delivering || recipients <= 0)
        {
            throw new InvalidOperationException("Only a delivering announcement records non-empty batches.");
        }

        RecipientCount += recipients;
        BatchCount++;
    }

    /// <summary>
    /// Ends delivery: <see cref="AnnouncementStatus.Delivered"/>, or <see cref="AnnouncementStatus.Cancelled"/> when nobody
    /// received it (its audience matched nobody at its scheduled instant).
    /// </summary>
    /// <exception cref="InvalidOperationException">It is not delivering.</exception>
    public void CompleteDelivery(DateTime nowUtc)
    {
        if (Status != AnnouncementStatus.Delivering)
        {
            throw new InvalidOperationException("Only a delivering announcement completes.");
        }

        if (RecipientCount == 0)
        {
            Status = AnnouncementStatus.Cancelled;
            CancelledAtUtc = nowUtc;
            return;
        }

        Status = AnnouncementStatus.Delivered;
        DeliveredAtUtc = nowUtc;
    }

    /// <summary>True when the kind names a location, class type or plan.</summary>
    public static bool NeedsReference(AnnouncementAudienceKind kind) =>
        kind is AnnouncementAudienceKind.Location or AnnouncementAudienceKind.ClassType or AnnouncementAudienceKind.Plan;

    private void EnsurePublishable()
    {
        if (Status is not (AnnouncementStatus.Draft or AnnouncementStatus.Scheduled))
        {
            throw new BusinessException(MessagingErrorCodes.AnnouncementNotPublishable).WithData("status", Status.ToString());
        }
    }

    private static string Text(string value, int maxLength, string name)
    {
        var trimmed = value?.Trim() ?? "";
        return trimmed.Length == 0 || trimmed.Length > maxLength
            ? throw new ArgumentException($"Between 1 and {maxLength} characters.", name)
            : trimmed;
    }
}
