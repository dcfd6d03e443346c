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

    /// <summary>
    /// Bumped by an atomic UPDATE to lock the row for the rest of the transaction before bookings
    /// change; not an optimistic-concurrency token.
    /// </summary>
    public long LockVersion { get; private set; }

    /// <summary>Seats still free.</summary>
    public int AvailableSeats => Math.Max(0, Capacity - ConfirmedCount);

    /// <summary>True when a seat is free.</summary>
    public bool HasFreeSeat => ConfirmedCount < Capacity;

    /// <summary>True from the start instant on.</summary>
    public bool HasStarted(DateTime now) => now >= StartsAtUtc;

    /// <summary>
    /// Moves the session in time. Staff may schedule sessions in the past (to record classes that
    /// took place); members cannot book or cancel them (<see cref="BookingsErrorCodes.SessionStarted"/>).
    /// </summary>
    public void Reschedule(DateTime startsAtUtc, int durationMinutes)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(durationMinutes, ClassSessionConsts.MinDurationMinutes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(durationMinutes, ClassSessionConsts.MaxDurationMinutes);
        StartsAtUtc = UtcInstant.From(startsAtUtc);
        DurationMinutes = durationMinutes;
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
}
