using FitSaaS.Framework.Data;
using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.Guids;

namespace FitSaaS.Bookings;

/// <summary>
/// Demo data for a tenant (only with <see cref="DataSeedContext.IncludeDemoData"/>): two locations in two zones —
/// "Downtown" in <c>America/New_York</c> and "Shoreditch" in <c>Europe/London</c> —, three class types and a week of
/// class schedules (RFC 5545 rules on each location's wall clock, e.g. WOD on weekdays at 06:00 and 18:30), with their
/// sessions generated up to the default horizon (<see cref="ClassScheduleConsts.DefaultHorizonDays"/> days); the hourly
/// job keeps them rolling. Idempotent: existing locations and class types (by name) and schedules (by location, class
/// type, time and rule) are kept, missing ones added; generation adds only missing occurrences.
/// </summary>
public sealed class BookingsDemoDataSeedContributor(
    ILocationRepository locations,
    IClassTypeRepository classTypes,
    IClassScheduleRepository schedules,
    ClassScheduleManager scheduleManager,
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

    /// <summary>Days before today (in each location's zone) on which the demo schedules start.</summary>
    public const int ScheduleStartDaysAgo = 28;

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
            }
        }
    }
}
