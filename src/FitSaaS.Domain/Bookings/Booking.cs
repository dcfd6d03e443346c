using FitSaaS.Framework.Auditing;
using FitSaaS.Framework.Domain;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Bookings;

/// <summary>
/// A member's booking of a class session, through the lifecycle of <see cref="BookingLifecycle"/>: pending (a held seat),
/// confirmed, waitlisted (at a position, 1 = next), checked in, no-show, cancelled or late-cancelled. Created and moved
/// only by <see cref="BookingManager"/>, which keeps the session's counters and the waitlist positions consistent; every
/// transition raises <see cref="BookingStatusChangedEvent"/> (published as <see cref="BookingStatusChangedEto"/>). Never
/// deleted: a cancelled booking stays as history, and the member may book the session again.
/// </summary>
[Audited]
public sealed class Booking : AuditedAggregateRoot<Guid>, IMultiTenant
{
    private Booking()
    {
    }

    private Booking(Guid id, Guid? tenantId, Guid classSessionId, DateTime sessionStartsAtUtc, Guid memberId, DateTime bookedAtUtc, bool byStaff, string? reason)
        : base(id)
    {
        TenantId = tenantId;
        ClassSessionId = classSessionId;
        SessionStartsAtUtc = sessionStartsAtUtc;
        MemberId = memberId;
        BookedAtUtc = bookedAtUtc;
        BookedByStaff = byStaff;
        StaffReason = NormalizeReason(reason);
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>The booked session.</summary>
    public Guid ClassSessionId { get; private set; }

    /// <summary>
    /// The booked session's start (UTC), kept equal to <see cref="ClassSession.StartsAtUtc"/>: it moves with the session
    /// (<see cref="ClassSessionMovedEvent"/>), so the member's limits, restriction and lists read an index range of the
    /// member's bookings without a join (ADR 0043).
    /// </summary>
    public DateTime SessionStartsAtUtc { get; private set; }

    /// <summary>The member (a user id of the tenant).</summary>
    public Guid MemberId { get; private set; }

    /// <summary>Where the booking stands.</summary>
    public BookingStatus Status { get; private set; }

    /// <summary>Position on the waitlist (1 = next to be promoted) while waitlisted; otherwise null.</summary>
    public int? WaitlistPosition { get; private set; }

    /// <summary>When the member booked (UTC); the waitlist is first-in, first-out by this.</summary>
    public DateTime BookedAtUtc { get; private set; }

    /// <summary>True when staff booked it for the member (a walk-in or an override).</summary>
    public bool BookedByStaff { get; private set; }

    /// <summary>The reason staff recorded for their latest action on the booking (override, walk-in, cancellation), or the system's.</summary>
    public string? StaffReason { get; private set; }

    /// <summary>While pending: when the held seat is released (UTC).</summary>
    public DateTime? HoldExpiresAtUtc { get; private set; }

    /// <summary>When the booking was cancelled or late-cancelled (UTC).</summary>
    public DateTime? CancelledAtUtc { get; private set; }

    /// <summary>True when staff cancelled it (never penalised).</summary>
    public bool CancelledByStaff { get; private set; }

    /// <summary>When the booking was promoted from the waitlist (UTC), if it was.</summary>
    public DateTime? PromotedAtUtc { get; private set; }

    /// <summary>When the member was checked in (UTC).</summary>
    public DateTime? CheckedInAtUtc { get; private set; }

    /// <summary>When the no-show sweep marked it (UTC); kept after a reversal.</summary>
    public DateTime? NoShowAtUtc { get; private set; }

    /// <summary>
    /// The session start (UTC) the member was last reminded of (<see cref="BookingReminderDueEto"/>); null = never reminded.
    /// A reminder is due again only when the session moved to another start (<see cref="IsReminderDue"/>).
    /// </summary>
    public DateTime? ReminderSentForStartUtc { get; private set; }

    /// <summary>When the latest check-in reminder was published (UTC); null = never.</summary>
    public DateTime? RemindedAtUtc { get; private set; }

    /// <summary>True while the booking still claims the session: not cancelled or late-cancelled.</summary>
    public bool IsActive => !BookingLifecycle.IsCancelled(Status);

    /// <summary>True while it holds a seat (pending, confirmed, checked in, no-show).</summary>
    public bool HoldsSeat => BookingLifecycle.HoldsSeat(Status);

    internal static Booking CreateConfirmed(Guid id, Guid? tenantId, Guid classSessionId, DateTime sessionStartsAtUtc, Guid memberId, DateTime now, bool byStaff = false, string? reason = null) =>
        Create(id, tenantId, classSessionId, sessionStartsAtUtc, memberId, now, byStaff, reason, BookingStatus.Confirmed, position: null, holdExpiresAtUtc: null);

    internal static Booking CreatePending(
        Guid id, Guid? tenantId, Guid classSessionId, DateTime sessionStartsAtUtc, Guid memberId, DateTime now, DateTime holdExpiresAtUtc, bool byStaff = false, string? reason = null) =>
        Create(id, tenantId, classSessionId, sessionStartsAtUtc, memberId, now, byStaff, reason, BookingStatus.Pending, position: null, holdExpiresAtUtc);

    internal static Booking CreateWaitlisted(
        Guid id, Guid? tenantId, Guid classSessionId, DateTime sessionStartsAtUtc, Guid memberId, int position, DateTime now, bool byStaff = false, string? reason = null)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(position, 1);
        return Create(id, tenantId, classSessionId, sessionStartsAtUtc, memberId, now, byStaff, reason, BookingStatus.Waitlisted, position, holdExpiresAtUtc: null);
    }

    /// <summary>Cancels the booking (free, or late when <paramref name="late"/>); false (and nothing changes) when it is already cancelled.</summary>
    internal bool Cancel(DateTime now, bool late = false, bool byStaff = false, string? reason = null)
    {
        if (!IsActive)
        {
            return false;
        }

        CancelledAtUtc = now;
        CancelledByStaff = byStaff;
        WaitlistPosition = null;
        HoldExpiresAtUtc = null;
        ChangeStatus(late ? BookingStatus.LateCancelled : BookingStatus.Cancelled, now, byStaff, reason);
        return true;
    }

    /// <summary>Turns a waitlisted booking into a confirmed one.</summary>
    internal void Promote(DateTime now)
    {
        PromotedAtUtc = now;
        WaitlistPosition = null;
        ChangeStatus(BookingStatus.Confirmed, now, byStaff: false, reason: null);
    }

    /// <summary>Confirms a pending hold (payment completed).</summary>
    internal void ConfirmHold(DateTime now)
    {
        HoldExpiresAtUtc = null;
        ChangeStatus(BookingStatus.Confirmed, now, byStaff: false, reason: null);
    }

    /// <summary>Checks the member in (from confirmed, from waitlisted by staff, or reversing a no-show).</summary>
    internal void CheckIn(DateTime now, bool byStaff, string? reason = null)
    {
        CheckedInAtUtc = now;
        WaitlistPosition = null;
        ChangeStatus(BookingStatus.CheckedIn, now, byStaff, reason);
    }

    /// <summary>Marks a confirmed booking as a no-show.</summary>
    internal void MarkNoShow(DateTime now)
    {
        NoShowAtUtc = now;
        ChangeStatus(BookingStatus.NoShow, now, byStaff: false, reason: null);
    }

    /// <summary>
    /// True when the member should get a check-in reminder now: the booking is confirmed, its session starts after
    /// <paramref name="nowUtc"/> and at most <paramref name="lead"/> later (inclusive), and the member was not reminded of
    /// this start yet (a session moved to another start is reminded again). A zero or negative lead = reminders off.
    /// </summary>
    /// <param name="nowUtc">The current instant (UTC).</param>
    /// <param name="lead">How long before the start reminders go out (<see cref="BookingsSettingNames.ReminderLeadMinutes"/>).</param>
    public bool IsReminderDue(DateTime nowUtc, TimeSpan lead) =>
        lead > TimeSpan.Zero &&
        Status == BookingStatus.Confirmed &&
        SessionStartsAtUtc > nowUtc &&
        SessionStartsAtUtc - nowUtc <= lead &&
        ReminderSentForStartUtc != SessionStartsAtUtc;

    /// <summary>Records that the member was reminded of the current session start (the caller publishes the event in the same transaction).</summary>
    internal void MarkReminded(DateTime nowUtc)
    {
        ReminderSentForStartUtc = SessionStartsAtUtc;
        RemindedAtUtc = nowUtc;
    }

    /// <summary>Moves a waitlisted booking to another position (after others left or were promoted).</summary>
    internal void MoveToWaitlistPosition(int position)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(position, 1);
        if (Status != BookingStatus.Waitlisted)
        {
            throw new InvalidOperationException($"Booking {Id} is not waitlisted.");
        }

        WaitlistPosition = position;
    }

    private static Booking Create(
        Guid id, Guid? tenantId, Guid classSessionId, DateTime sessionStartsAtUtc, Guid memberId, DateTime now, bool byStaff, string? reason, BookingStatus status, int? position,
        DateTime? holdExpiresAtUtc)
    {
        var booking = new Booking(id, tenantId, classSessionId, UtcInstant.From(sessionStartsAtUtc), memberId, now, byStaff, reason)
        {
            Status = status,
            WaitlistPosition = position,
            HoldExpiresAtUtc = holdExpiresAtUtc,
        };
        booking.AddLocalEvent(new BookingStatusChangedEvent(id, classSessionId, memberId, null, status, now, byStaff, booking.StaffReason));
        return booking;
    }

    private void ChangeStatus(BookingStatus status, DateTime now, bool byStaff, string? reason)
    {
        if (!BookingLifecycle.CanChange(Status, status))
        {
            throw new InvalidOperationException($"Booking {Id} cannot go from {Status} to {status}.");
        }

        var previous = Status;
        Status = status;
        reason = NormalizeReason(reason);
        if (reason is not null)
        {
            StaffReason = reason;
        }

        AddLocalEvent(new BookingStatusChangedEvent(Id, ClassSessionId, MemberId, previous, status, now, byStaff, reason));
    }

    private static string? NormalizeReason(string? reason)
    {
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (reason is not null)
        {
            ArgumentOutOfRangeException.ThrowIfGreaterThan(reason.Length, BookingConsts.MaxReasonLength, nameof(reason));
        }

        return reason;
    }
}
