using FitSaaS.Framework.Data;
using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.Guids;

namespace FitSaaS.Bookings;

/// <summary>
/// Demo data for a tenant (only with <see cref="DataSeedContext.IncludeDemoData"/>): the "Downtown"
/// location in <c>America/New_York</c>, three class types and two weeks of sessions from today,
/// scheduled on the location's wall clock and converted to UTC per day, so they stay at the same
/// local time across a DST change. Idempotent: existing items (by name, or by class type and start)
/// are kept, missing ones added.
/// </summary>
public sealed class BookingsDemoDataSeedContributor(
    ILocationRepository locations,
    IClassTypeRepository classTypes,
    IClassSessionRepository sessions,
    IGuidGenerator guids,
    TimeProvider timeProvider) : IDataSeedContributor, ITransientDependency
{
    /// <summary>Name of the demo location.</summary>
    public const string LocationName = "Downtown";

    /// <summary>Time zone of the demo location.</summary>
    public const string LocationTimeZoneId = "America/New_York";

    /// <summary>Days of sessions created, today included.</summary>
    public const int Days = 14;

    private static readonly (string Name, string Description, int Capacity, int Minutes)[] s_classTypes =
    [
        ("WOD", "Workout of the day: strength, skill and a conditioning piece.", 16, 60),
        ("Yoga Flow", "Vinyasa flow for mobility and recovery.", 20, 60),
        ("Open Gym", "Train on your own; coaches on the floor.", 30, 90),
    ];

    /// <inheritdoc/>
    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.IncludeDemoData || context.TenantId is not { } tenantId)
        {
            return;
        }

        var location = await locations.FindByNameAsync(LocationName, cancellationToken);
        if (location is null)
        {
            location = new Location(guids.Create(), tenantId, LocationName, LocationTimeZoneId);
            await locations.InsertAsync(location, cancellationToken: cancellationToken);
        }

        var types = new Dictionary<string, ClassType>(StringComparer.Ordinal);
        foreach (var (name, description, capacity, minutes) in s_classTypes)
        {
            var classType = await classTypes.FindByNameAsync(name, cancellationToken);
            if (classType is null)
            {
                classType = new ClassType(guids.Create(), tenantId, name, description, capacity, minutes);
                await classTypes.InsertAsync(classType, cancellationToken: cancellationToken);
            }

            types[name] = classType;
        }

        var timeZone = location.GetTimeZone();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(timeProvider.GetUtcNow(), timeZone).DateTime);
        var planned = Plan(today).Select(p => (ClassType: types[p.ClassTypeName], StartsAtUtc: location.ToUtc(p.Date, p.Time))).ToList();
        var existing = await sessions.GetListAsync(
            new ClassSessionListFilter(
                fromUtc: planned.Min(p => p.StartsAtUtc),
                toUtc: planned.Max(p => p.StartsAtUtc).AddMinutes(1),
                locationId: location.Id),
            cancellationToken);
        foreach (var (classType, startsAtUtc) in planned)
        {
            if (existing.Any(s => s.ClassTypeId == classType.Id && s.StartsAtUtc == startsAtUtc))
            {
                continue;
            }

            var session = new ClassSession(
                guids.Create(), tenantId, classType.Id, location.Id, startsAtUtc, classType.DurationMinutes, classType.DefaultCapacity, coachId: null);
            await sessions.InsertAsync(session, cancellationToken: cancellationToken);
        }
    }

    /// <summary>The demo timetable in local wall-clock time: weekdays 06:00 and 18:30 WOD, Tue/Thu 12:15 Yoga Flow, Sat 09:00 Open Gym.</summary>
    internal static IEnumerable<(string ClassTypeName, DateOnly Date, TimeOnly Time)> Plan(DateOnly today)
    {
        for (var day = 0; day < Days; day++)
        {
            var date = today.AddDays(day);
            switch (date.DayOfWeek)
            {
                case DayOfWeek.Saturday:
                    yield return ("Open Gym", date, new TimeOnly(9, 0));
                    break;
                case DayOfWeek.Sunday:
                    break;
                default:
                    yield return ("WOD", date, new TimeOnly(6, 0));
                    if (date.DayOfWeek is DayOfWeek.Tuesday or DayOfWeek.Thursday)
                    {
                        yield return ("Yoga Flow", date, new TimeOnly(12, 15));
                    }

                    yield return ("WOD", date, new TimeOnly(18, 30));
                    break;
            }
        }
    }
}
