using FitSaaS.Framework.Auditing;
using FitSaaS.Framework.Domain;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Bookings;

/// <summary>
/// A member's booking of a class session: confirmed (holds a seat), waitlisted (at a position, 1 =
/// next) or cancelled. Created, cancelled and promoted only by <see cref="BookingManager"/>, which
/// keeps the session's counters and the waitlist positions consistent. Never deleted: a cancelled
/// booking stays as history, and the member may book the session again.
/// </summary>
[Audited]
public sealed class Booking : AuditedAggregateRoot<Guid>, IMultiTenant
{
    private Booking()
    {
    }

    private Booking(Guid id, Guid? tenantId, Guid classSessionId, Guid memberId, DateTime bookedAtUtc)
        : base(id)
    {
        TenantId = tenantId;
        ClassSessionId = classSessionId;
        MemberId = memberId;
        BookedAtUtc = bookedAtUtc;
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>The booked session.</summary>
    public Guid ClassSessionId { get; private set; }

    /// <summary>The member (a user id of the tenant).</summary>
    public Guid MemberId { get; private set; }

    /// <summary>Where the booking stands.</summary>
    public BookingStatus Status { get; private set; }

    /// <summary>Position on the waitlist (1 = next to be promoted) while waitlisted; otherwise null.</summary>
    public int? WaitlistPosition { get; private set; }

    /// <summary>When the member booked (UTC); the waitlist is first-in, first-out by this.</summary>
    public DateTime BookedAtUtc { get; private set; }

    /// <summary>When the booking was cancelled (UTC).</summary>
    public DateTime? CancelledAtUtc { get; private set; }

    /// <summary>When the booking was promoted from the waitlist (UTC), if it was.</summary>
    public DateTime? PromotedAtUtc { get; private set; }

    /// <summary>True while confirmed or waitlisted.</summary>
    public bool IsActive => Status != BookingStatus.Cancelled;

    internal static Booking CreateConfirmed(Guid id, Guid? tenantId, Guid classSessionId, Guid memberId, DateTime now)
    {
        var booking = new Booking(id, tenantId, classSessionId, memberId, now) { Status = BookingStatus.Confirmed };
        booking.AddLocalEvent(new BookingConfirmedEvent(id, classSessionId, memberId));
        return booking;
    }

    internal static Booking CreateWaitlisted(Guid id, Guid? tenantId, Guid classSessionId, Guid memberId, int position, DateTime now)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(position, 1);
        var booking = new Booking(id, tenantId, classSessionId, memberId, now)
        {
            Status = BookingStatus.Waitlisted,
            WaitlistPosition = position,
        };
        booking.AddLocalEvent(new BookingWaitlistedEvent(id, classSessionId, memberId, position));
        return booking;
    }

    /// <summary>Cancels the booking; false (and nothing changes) when it is already cancelled.</summary>
    internal bool Cancel(DateTime now)
    {
        if (Status == BookingStatus.Cancelled)
        {
            return false;
        }

        var previous = Status;
        Status = BookingStatus.Cancelled;
        WaitlistPosition = null;
        CancelledAtUtc = now;
        AddLocalEvent(new BookingCancelledEvent(Id, ClassSessionId, MemberId, previous));
        return true;
    }

    /// <summary>Turns a waitlisted booking into a confirmed one.</summary>
    internal void Promote(DateTime now)
    {
        if (Status != BookingStatus.Waitlisted)
        {
            throw new InvalidOperationException($"Only a waitlisted booking can be promoted; booking {Id} is {Status}.");
        }

        Status = BookingStatus.Confirmed;
        WaitlistPosition = null;
        PromotedAtUtc = now;
        AddLocalEvent(new BookingPromotedEvent(Id, ClassSessionId, MemberId));
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
}
