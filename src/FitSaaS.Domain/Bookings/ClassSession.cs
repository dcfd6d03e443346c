using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Bookings;

/// <summary>
/// One occurrence of a class at a location: a UTC start instant, a duration and a capacity. It keeps
/// the counts of its confirmed and waitlisted bookings; they change only through
/// <see cref="BookingManager"/> while the session is locked (<see cref="IClassSessionRepository.LockAsync"/>),
/// so they never drift from the bookings and the session is never overbooked.
/// </summary>
public sealed class ClassSession : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private ClassSession()
    {
    }

    internal ClassSession(
        Guid id, Guid? tenantId, Guid classTypeId, Guid locationId, DateTime startsAtUtc, int durationMinutes, int capacity, Guid? coachId)
        : base(id)
    {
        TenantId = tenantId;
        ClassTypeId = classTypeId;
        LocationId = locationId;
        Reschedule(startsAtUtc, durationMinutes);
        SetCapacity(capacity);
        AssignCoach(coachId);
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>The kind of class.</summary>
    public Guid ClassTypeId { get; private set; }

    /// <summary>Where it takes place.</summary>
    public Guid LocationId { get; private set; }

    /// <summary>Start instant (UTC).</summary>
    public DateTime StartsAtUtc { get; private set; }

    /// <summary>Duration in minutes.</summary>
    public int DurationMinutes { get; private set; }

    /// <summary>End instant (UTC).</summary>
    public DateTime EndsAtUtc => StartsAtUtc.AddMinutes(DurationMinutes);

    /// <summary>Number of seats.</summary>
    public int Capacity { get; private set; }

    /// <summary>Optional coach (a user id of the tenant).</summary>
    public Guid? CoachId { get; private set; }

    /// <summary>Confirmed bookings; never above <see cref="Capacity"/>.</summary>
    public int ConfirmedCount { get; private set; }

    /// <summary>Waitlisted bookings; their positions are exactly 1..<see cref="WaitlistCount"/>.</summary>
    public int WaitlistCount { get; private set; }

    /// <summary>The class schedule that generated it; null for a one-off session.</summary>
    public Guid? ClassScheduleId { get; private set; }

    /// <summary>The local date of the schedule's occurrence it is (with <see cref="ClassScheduleId"/>, unique); null for a one-off session.</summary>
    public DateOnly? OccurrenceDate { get; private set; }

    /// <summary>
    /// True once staff changed or deleted this generated session by hand: schedule edits and regeneration leave it alone.
    /// Always false for a one-off session.
    /// </summary>
    public bool IsCustomized { get; private set; }

    /// <summary>True once staff cancelled the session (<see cref="CancelledAtUtc"/>, <see cref="CancellationReason"/>).</summary>
    public bool IsCancelled { get; private set; }

    /// <summary>When staff cancelled it (UTC).</summary>
    public DateTime? CancelledAtUtc { get; private set; }

    /// <summary>The reason staff gave.</summary>
    public string? CancellationReason { get; private set; }

    /// <summary>
    /// Bumped by an atomic UPDATE to lock the row for the rest of the transaction before bookings
    /// change where a locking read is not used (<see cref="IClassSessionRepository.LockAsync"/>); not an
    /// optimistic-concurrency token.
    /// </summary>
    public long LockVersion { get; private set; }

    /// <summary>Booking-policy values set here (null values come from the next level); see <see cref="BookingPolicyProvider"/>.</summary>
    public BookingPolicyOverrides Policy { get; private set; } = BookingPolicyOverrides.None;

    /// <summary>Replaces the booking-policy values set here (null = none).</summary>
    /// <exception cref="FitSaaS.Framework.Exceptions.BusinessException"><see cref="BookingsErrorCodes.InvalidBookingPolicy"/>.</exception>
    public void SetPolicy(BookingPolicyOverrides? policy)
    {
        Policy = (policy ?? BookingPolicyOverrides.None).Validate();
    }

    /// <summary>Seats still free.</summary>
    public int AvailableSeats => Math.Max(0, Capacity - ConfirmedCount);

    /// <summary>True when a seat is free.</summary>
    public bool HasFreeSeat => ConfirmedCount < Capacity;

    /// <summary>True from the start instant on.</summary>
    public bool HasStarted(DateTime now) => now >= StartsAtUtc;

    /// <summary>
    /// Moves the session in time. Staff may schedule sessions in the past (to record classes that
    /// took place); members cannot book or cancel them (<see cref="BookingsErrorCodes.SessionStarted"/>).
    /// A new start raises <see cref="ClassSessionMovedEvent"/>: its bookings' <see cref="Booking.SessionStartsAtUtc"/> follow.
    /// </summary>
    public void Reschedule(DateTime startsAtUtc, int durationMinutes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(durationMinutes, ClassSessionConsts.MinDurationMinutes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(durationMinutes, ClassSessionConsts.MaxDurationMinutes);
        var previous = StartsAtUtc;
        StartsAtUtc = UtcInstant.From(startsAtUtc);
        DurationMinutes = durationMinutes;
        if (previous != default && previous != StartsAtUtc)
        {
            AddLocalEvent(new ClassSessionMovedEvent(Id, StartsAtUtc));
        }
    }

    /// <summary>Sets or clears the coach; whether the user exists is checked by the caller.</summary>
    public void AssignCoach(Guid? coachId)
    {
        CoachId = coachId == Guid.Empty ? null : coachId;
    }

    internal void MoveTo(Guid locationId)
    {
        LocationId = locationId;
    }

    /// <exception cref="BusinessException"><see cref="BookingsErrorCodes.CapacityBelowConfirmed"/>.</exception>
    internal void SetCapacity(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, ClassSessionConsts.MinCapacity);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(capacity, ClassSessionConsts.MaxCapacity);
        if (capacity < ConfirmedCount)
        {
            throw new BusinessException(
                    BookingsErrorCodes.CapacityBelowConfirmed,
                    $"The session has {ConfirmedCount} confirmed bookings; its capacity cannot drop to {capacity}.")
                .WithData("capacity", capacity)
                .WithData("confirmedCount", ConfirmedCount);
        }

        Capacity = capacity;
    }

    /// <exception cref="BusinessException"><see cref="BookingsErrorCodes.SessionStarted"/>.</exception>
    /// <exception cref="BusinessException"><see cref="BookingsErrorCodes.SessionCancelled"/>.</exception>
    internal void EnsureNotCancelled()
    {
        if (IsCancelled)
        {
            throw new BusinessException(BookingsErrorCodes.SessionCancelled, "The session was cancelled.").WithData("classSessionId", Id);
        }
    }

    /// <summary>
    /// Cancels the session: its seat and waitlist counts go to zero (the caller cancels the bookings) and, for a generated
    /// session, the schedule leaves it alone from now on.
    /// </summary>
    internal void Cancel(DateTime now, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        reason = reason.Trim();
        ArgumentOutOfRangeException.ThrowIfGreaterThan(reason.Length, ClassSessionConsts.MaxCancellationReasonLength, nameof(reason));
        IsCancelled = true;
        CancelledAtUtc = UtcInstant.From(now);
        CancellationReason = reason;
        ConfirmedCount = 0;
        WaitlistCount = 0;
        MarkCustomized();
    }

    internal void EnsureNotStarted(DateTime now)
    {
        if (HasStarted(now))
        {
            throw new BusinessException(BookingsErrorCodes.SessionStarted, "The session has already started.")
                .WithData("classSessionId", Id)
                .WithData("startsAtUtc", StartsAtUtc);
        }
    }

    internal void TakeSeat()
    {
        if (!HasFreeSeat)
        {
            throw new InvalidOperationException($"Session {Id} has no free seat.");
        }

        ConfirmedCount++;
    }

    /// <summary>Adds one to the waitlist and returns the new entry's position.</summary>
    internal int JoinWaitlist() => ++WaitlistCount;

    internal void ReleaseSeat()
    {
        if (ConfirmedCount == 0)
        {
            throw new InvalidOperationException($"Session {Id} has no confirmed booking to release.");
        }

        ConfirmedCount--;
    }

    internal void LeaveWaitlist()
    {
        if (WaitlistCount == 0)
        {
            throw new InvalidOperationException($"Session {Id} has an empty waitlist.");
        }

        WaitlistCount--;
    }

    internal void PromoteFromWaitlist()
    {
        LeaveWaitlist();
        TakeSeat();
    }

    /// <summary>A session for the occurrence of <paramref name="schedule"/> on <paramref name="occurrenceDate"/> (local date), starting at <paramref name="startsAtUtc"/>.</summary>
    internal static ClassSession ForOccurrence(Guid id, Guid? tenantId, ClassSchedule schedule, DateOnly occurrenceDate, DateTime startsAtUtc) =>
        new(id, tenantId, schedule.ClassTypeId, schedule.LocationId, startsAtUtc, schedule.DurationMinutes, schedule.Capacity, schedule.CoachId)
        {
            ClassScheduleId = schedule.Id,
            OccurrenceDate = occurrenceDate,
        };

    /// <summary>True when the session's class type, location, coach, capacity, length or start differ from <paramref name="schedule"/>'s, or it was deleted.</summary>
    internal bool DiffersFrom(ClassSchedule schedule, DateTime startsAtUtc) =>
        ClassTypeId != schedule.ClassTypeId || LocationId != schedule.LocationId || CoachId != schedule.CoachId ||
        Capacity != schedule.Capacity || DurationMinutes != schedule.DurationMinutes || StartsAtUtc != UtcInstant.From(startsAtUtc) || IsDeleted;

    /// <summary>
    /// Takes the schedule's current values (class type, location, coach, capacity, length) and start, and undoes a
    /// deletion made by the schedule.
    /// </summary>
    /// <exception cref="FitSaaS.Framework.Exceptions.BusinessException"><see cref="BookingsErrorCodes.CapacityBelowConfirmed"/>.</exception>
    internal void FollowSchedule(ClassSchedule schedule, DateTime startsAtUtc)
    {
        ClassTypeId = schedule.ClassTypeId;
        LocationId = schedule.LocationId;
        AssignCoach(schedule.CoachId);
        Reschedule(startsAtUtc, schedule.DurationMinutes);
        SetCapacity(schedule.Capacity);
        IsDeleted = false;
        DeletionTime = null;
        DeleterId = null;
    }

    /// <summary>Marks a generated session as changed by hand (see <see cref="IsCustomized"/>); no-op for a one-off session.</summary>
    internal void MarkCustomized()
    {
        if (ClassScheduleId is not null)
        {
            IsCustomized = true;
        }
    }
}
