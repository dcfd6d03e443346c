using FitSaaS.Framework.Domain;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Bookings;

/// <summary>
/// A recurring class ("Yoga, Mon/Wed/Fri 06:00, Main Street, 60 min, 20 seats"): the template the generation job turns
/// into <see cref="ClassSession"/>s over a rolling horizon (setting <c>Bookings.ScheduleHorizonDays</c>). Times are wall
/// clock in the location's IANA zone: <see cref="StartDate"/> and <see cref="LocalStartTime"/> are the first occurrence
/// (the RRULE's DTSTART), <see cref="RecurrenceRule"/> an RFC 5545 RRULE value, <see cref="ExcludedDates"/> local dates
/// without a session (holidays). Each occurrence is keyed by its local date (one session per schedule and date).
/// </summary>
public sealed class ClassSchedule : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private ClassSchedule()
    {
        RecurrenceRule = null!;
    }

    internal ClassSchedule(Guid id, Guid? tenantId, ClassScheduleDefinition definition)
        : base(id)
    {
        TenantId = tenantId;
        RecurrenceRule = string.Empty;
        Apply(definition);
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>The class type of its sessions.</summary>
    public Guid ClassTypeId { get; private set; }

    /// <summary>Where its sessions take place; the location's zone is the schedule's.</summary>
    public Guid LocationId { get; private set; }

    /// <summary>The coach (a user of the tenant), if any.</summary>
    public Guid? CoachId { get; private set; }

    /// <summary>Seats per session.</summary>
    public int Capacity { get; private set; }

    /// <summary>Length of each session, in minutes.</summary>
    public int DurationMinutes { get; private set; }

    /// <summary>The first local date (DTSTART's date).</summary>
    public DateOnly StartDate { get; private set; }

    /// <summary>The local start time of every session.</summary>
    public TimeOnly LocalStartTime { get; private set; }

    /// <summary>The normalized RRULE value (<see cref="ClassScheduleRecurrence.Normalize"/>), without the <c>RRULE:</c> prefix.</summary>
    public string RecurrenceRule { get; private set; }

    /// <summary>Local dates without a session, ascending, distinct.</summary>
    public List<DateOnly> ExcludedDates { get; private set; } = [];

    /// <summary>Bumped by every lock (<see cref="IClassScheduleRepository.LockAsync"/>); serializes generation and edits.</summary>
    public long LockVersion { get; private set; }

    /// <summary>The definition it holds now.</summary>
    public ClassScheduleDefinition GetDefinition() =>
        new(ClassTypeId, LocationId, CoachId, Capacity, DurationMinutes, StartDate, LocalStartTime, RecurrenceRule, ExcludedDates);

    /// <summary>The local dates of its occurrences in [<paramref name="from"/>, <paramref name="toExclusive"/>), excluded dates left out.</summary>
    public IEnumerable<DateOnly> GetOccurrenceDates(DateOnly from, DateOnly toExclusive)
    {
        var excluded = ExcludedDates.ToHashSet();
        return ClassScheduleRecurrence.GetOccurrenceDates(StartDate, LocalStartTime, RecurrenceRule, from, toExclusive).Where(d => !excluded.Contains(d));
    }

    internal void Apply(ClassScheduleDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentOutOfRangeException.ThrowIfLessThan(definition.Capacity, ClassSessionConsts.MinCapacity);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(definition.Capacity, ClassSessionConsts.MaxCapacity);
        ArgumentOutOfRangeException.ThrowIfLessThan(definition.DurationMinutes, ClassSessionConsts.MinDurationMinutes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(definition.DurationMinutes, ClassSessionConsts.MaxDurationMinutes);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(definition.ExcludedDates.Count, ClassScheduleConsts.MaxExcludedDates);
        ClassTypeId = definition.ClassTypeId;
        LocationId = definition.LocationId;
        CoachId = definition.CoachId == Guid.Empty ? null : definition.CoachId;
        Capacity = definition.Capacity;
        DurationMinutes = definition.DurationMinutes;
        StartDate = definition.StartDate;
        LocalStartTime = new TimeOnly(definition.LocalStartTime.Hour, definition.LocalStartTime.Minute);
        RecurrenceRule = ClassScheduleRecurrence.Normalize(definition.RecurrenceRule, StartDate, LocalStartTime);
        ExcludedDates = definition.ExcludedDates.Distinct().Order().ToList();
    }
}
