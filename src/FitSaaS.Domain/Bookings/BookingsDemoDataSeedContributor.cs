using FitSaaS.Framework.Data;
using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.Uow;
using FitSaaS.Identity;

namespace FitSaaS.Bookings;

/// <summary>
/// Demo data for a tenant (only with <see cref="DataSeedContext.IncludeDemoData"/>): two locations in two zones —
/// "Downtown" in <c>America/New_York</c> and "Shoreditch" in <c>Europe/London</c> —, three class types and a week of
/// class schedules (RFC 5545 rules on each location's wall clock, e.g. WOD on weekdays at 06:00 and 18:30), with their
/// sessions generated up to the default horizon (<see cref="ClassScheduleConsts.DefaultHorizonDays"/> days); the hourly
/// job keeps them rolling. History: the schedules' occurrences of the past <see cref="ScheduleStartDaysAgo"/> days (the job
/// never generates a past one) are created here, with the bookings of the demo members (<see cref="BookingsDemoBookingFactory"/>:
/// mostly checked in, some no-shows, cancellations, late cancellations and promotions from the waitlist); when the tenant has
/// no booking yet, the members also book the sessions of the next <see cref="UpcomingBookingDays"/> days, and the next evening
/// WOD at Downtown is full with a waitlist. The members are the ids Identity's demo seed left in
/// <see cref="IdentityConsts.DemoMemberIdsSeedProperty"/>; without them there are sessions but no bookings. Idempotent:
/// existing locations and class types (by name) and schedules (by location, class type, time and rule) are kept, missing ones
/// added; generation adds only missing occurrences, and so does the history (a past occurrence that has a session keeps it).
/// </summary>
public sealed class BookingsDemoDataSeedContributor(
    ILocationRepository locations,
    IClassTypeRepository classTypes,
    IClassScheduleRepository schedules,
    IClassSessionRepository sessions,
    IBookingRepository bookings,
    ClassScheduleManager scheduleManager,
    IUnitOfWorkManager unitOfWorkManager,
    IGuidGenerator guids,
    TimeProvider timeProvider) : IDataSeedContributor, ITransientDependency
{
    /// <summary>Name of the demo location in New York.</summary>
    public const string LocationName = "Downtown";

    /// <summary>Time zone of <see cref="LocationName"/>.</summary>
    public const string LocationTimeZoneId = "America/New_York";

    /// <summary>Name of the demo location in London.</summary>
    public const string LondonLocationName = "Shoreditch";

    /// <summary>Time zone of <see cref="LondonLocationName"/>.</summary>
    public const string LondonTimeZoneId = "Europe/London";

    /// <summary>Days before today (in each location's zone) on which the demo schedules start: the history's length.</summary>
    public const int ScheduleStartDaysAgo = 28;

    /// <summary>Days ahead whose sessions the demo members book (on a tenant without bookings).</summary>
    public const int UpcomingBookingDays = 7;

    /// <summary>Seed of the demo bookings' <see cref="Random"/>: the same database state gets the same bookings.</summary>
    public const int RandomSeed = 20_250_303;

    private static readonly (string Name, string TimeZoneId)[] s_locations = [(LocationName, LocationTimeZoneId), (LondonLocationName, LondonTimeZoneId)];

    private static readonly (string Name, string Description, int Capacity, int Minutes)[] s_classTypes =
    [
        ("WOD", "Workout of the day: strength, skill and a conditioning piece.", 16, 60),
        ("Yoga Flow", "Vinyasa flow for mobility and recovery.", 20, 60),
        ("Open Gym", "Train on your own; coaches on the floor.", 30, 90),
    ];

    /// <summary>The demo timetable: location, class type, local start time and RRULE.</summary>
    internal static readonly (string Location, string ClassType, TimeOnly Time, string Rule)[] Timetable =
    [
        (LocationName, "WOD", new TimeOnly(6, 0), "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"),
        (LocationName, "WOD", new TimeOnly(18, 30), "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"),
        (LocationName, "Yoga Flow", new TimeOnly(12, 15), "FREQ=WEEKLY;BYDAY=TU,TH"),
        (LocationName, "Open Gym", new TimeOnly(9, 0), "FREQ=WEEKLY;BYDAY=SA"),
        (LondonLocationName, "WOD", new TimeOnly(7, 0), "FREQ=WEEKLY;BYDAY=MO,WE,FR"),
        (LondonLocationName, "Yoga Flow", new TimeOnly(19, 0), "FREQ=WEEKLY;BYDAY=TU,TH"),
        (LondonLocationName, "Open Gym", new TimeOnly(10, 0), "FREQ=WEEKLY;BYDAY=SU"),
    ];

    /// <inheritdoc/>
    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.IncludeDemoData || context.TenantId is not { } tenantId)
        {
            return;
        }

        var places = new Dictionary<string, Location>(StringComparer.Ordinal);
        foreach (var (name, timeZoneId) in s_locations)
        {
            var location = await locations.FindByNameAsync(name, cancellationToken);
            if (location is null)
            {
                location = new Location(guids.Create(), tenantId, name, timeZoneId);
                await locations.InsertAsync(location, autoSave: true, cancellationToken);
            }

            places[name] = location;
        }

        var types = new Dictionary<string, ClassType>(StringComparer.Ordinal);
        foreach (var (name, description, capacity, minutes) in s_classTypes)
        {
            var classType = await classTypes.FindByNameAsync(name, cancellationToken);
            if (classType is null)
            {
                classType = new ClassType(guids.Create(), tenantId, name, description, capacity, minutes);
                await classTypes.InsertAsync(classType, autoSave: true, cancellationToken);
            }

            types[name] = classType;
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        var seeded = new List<(ClassSchedule Schedule, Location Location)>();
        foreach (var group in Timetable.GroupBy(t => t.Location))
        {
            var location = places[group.Key];
            var (existing, _) = await schedules.GetPagedListAsync(location.Id, null, 0, 1000, cancellationToken);
            foreach (var (_, classTypeName, time, rule) in group)
            {
                var classType = types[classTypeName];
                var schedule = existing.FirstOrDefault(s => s.ClassTypeId == classType.Id && s.LocalStartTime == time && s.RecurrenceRule == rule);
                if (schedule is null)
                {
                    schedule = await scheduleManager.CreateAsync(
                        new ClassScheduleDefinition(
                            classType.Id, location.Id, null, classType.DefaultCapacity, classType.DurationMinutes,
                            location.ToLocalDate(now).AddDays(-ScheduleStartDaysAgo), time, rule, []),
                        cancellationToken);
                    // Saved first: generation locks the schedule's row.
                    await schedules.InsertAsync(schedule, autoSave: true, cancellationToken);
                }

                await scheduleManager.SyncAsync(schedule.Id, now, ClassScheduleConsts.DefaultHorizonDays, cancellationToken);
                seeded.Add((schedule, location));
            }
        }

        await SeedBookingsAsync(context, tenantId, seeded, now, cancellationToken);
    }

    private async Task SeedBookingsAsync(
        DataSeedContext context, Guid tenantId, List<(ClassSchedule Schedule, Location Location)> seeded, DateTime now, CancellationToken cancellationToken)
    {
        var members = context.Properties.TryGetValue(IdentityConsts.DemoMemberIdsSeedProperty, out var value) && value is IReadOnlyList<Guid> ids ? ids : [];
        var factory = members.Count == 0 ? null : new BookingsDemoBookingFactory(new Random(RandomSeed), members, tenantId, guids);
        var firstBookings = (await bookings.GetPagedListAsync(null, null, null, null, null, null, false, 0, 1, cancellationToken)).TotalCount == 0;
        var created = new List<Booking>();
        foreach (var (schedule, location) in seeded)
        {
            created.AddRange(await SeedHistoryAsync(schedule, location, tenantId, factory, now, cancellationToken));
        }

        if (factory is not null && firstBookings)
        {
            // The sessions generated above are saved first: the upcoming ones are read back and locked below.
            if (unitOfWorkManager.Current is { } unitOfWork)
            {
                await unitOfWork.SaveChangesAsync(cancellationToken);
            }

            var full = seeded.First(s => s.Location.Name == LocationName && s.Schedule.LocalStartTime == new TimeOnly(18, 30)).Schedule.Id;
            var fullSessionBooked = false;
            foreach (var (schedule, location) in seeded)
            {
                var upcoming = (await sessions.GetOfScheduleAsync(schedule.Id, location.ToLocalDate(now), cancellationToken))
                    .Where(s => !s.IsDeleted && !s.IsCancelled && s.StartsAtUtc > now && s.StartsAtUtc <= now.AddDays(UpcomingBookingDays));
                foreach (var next in upcoming)
                {
                    var session = await sessions.LockAsync(next.Id, cancellationToken);
                    if (session.ConfirmedCount + session.WaitlistCount > 0)
                    {
                        continue;
                    }

                    var waitlisted = schedule.Id == full && !fullSessionBooked ? 3 : 0;
                    fullSessionBooked |= waitlisted > 0;
                    created.AddRange(factory.CreateUpcoming(session, schedule.LocalStartTime.Hour, (session.StartsAtUtc - now).TotalDays, now, waitlisted));
                }
            }
        }

        foreach (var booking in created)
        {
            // Demo history, not news: no BookingStatusChangedEto/BookingConfirmedEto for the outbox (hundreds of old events,
            // confirmation messages to the demo members). Projections fed by them (MemberBookingSummary) start empty.
            booking.ClearLocalEvents();
            await bookings.InsertAsync(booking, cancellationToken: cancellationToken);
        }
    }

    // The schedule's occurrences that started in the past ScheduleStartDaysAgo days and have no session (the job creates
    // only future ones), as schedule-generated sessions with their bookings. The schedule's row stays locked since SyncAsync.
    private async Task<List<Booking>> SeedHistoryAsync(
        ClassSchedule schedule, Location location, Guid tenantId, BookingsDemoBookingFactory? factory, DateTime now, CancellationToken cancellationToken)
    {
        var today = location.ToLocalDate(now);
        var from = today.AddDays(-ScheduleStartDaysAgo);
        var existing = (await sessions.GetOfScheduleAsync(schedule.Id, from, cancellationToken)).Select(s => s.OccurrenceDate!.Value).ToHashSet();
        var created = new List<Booking>();
        foreach (var date in schedule.GetOccurrenceDates(from, today.AddDays(1)).Where(d => !existing.Contains(d)))
        {
            var startsAtUtc = location.ToUtc(date, schedule.LocalStartTime);
            if (startsAtUtc > now)
            {
                continue;
            }

            var session = ClassSession.ForOccurrence(guids.Create(), tenantId, schedule, date, startsAtUtc);
            if (factory is not null)
            {
                created.AddRange(factory.CreatePast(session, schedule.LocalStartTime.Hour, now));
            }

            await sessions.InsertAsync(session, cancellationToken: cancellationToken);
        }

        return created;
    }
}
