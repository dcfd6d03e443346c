using System.Globalization;
using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Settings;

namespace FitSaaS.Bookings;

/// <summary>
/// Resolves the <see cref="BookingPolicy"/> of a class session: each value from the first of the session's own
/// <see cref="ClassSession.Policy"/>, its class type's, its location's, and the tenant's settings (one settings read for
/// all of them). An instance reads each class type and location once (a booking resolves its session's policy before and
/// after the lock, and counts limits in the location's calendar): the repositories' look-ups are queries.
/// </summary>
public sealed class BookingPolicyProvider(IClassTypeRepository classTypes, ILocationRepository locations, ISettingProvider settings) : IDomainService
{
    private static readonly string[] s_names =
    [
        BookingsSettingNames.BookingOpensMinutes, BookingsSettingNames.BookingClosesMinutes, BookingsSettingNames.FreeCancellationMinutes,
        BookingsSettingNames.CancellationCutoffMinutes, BookingsSettingNames.WaitlistCutoffMinutes, BookingsSettingNames.WaitlistMaxSize,
        BookingsSettingNames.CheckInOpensMinutes, BookingsSettingNames.CheckInClosesMinutes, BookingsSettingNames.MaxBookingsPerDay,
        BookingsSettingNames.MaxBookingsPerWeek, BookingsSettingNames.MaxUpcomingBookings,
    ];

    private readonly Dictionary<Guid, ClassType?> _classTypes = [];
    private readonly Dictionary<Guid, Location?> _locations = [];

    /// <summary>The session's policy.</summary>
    public async Task<BookingPolicy> GetAsync(ClassSession session, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (!_classTypes.TryGetValue(session.ClassTypeId, out var type))
        {
            _classTypes[session.ClassTypeId] = type = await classTypes.FindAsync(session.ClassTypeId, cancellationToken);
        }

        var classType = type?.Policy ?? BookingPolicyOverrides.None;
        var location = (await FindLocationAsync(session.LocationId, cancellationToken))?.Policy ?? BookingPolicyOverrides.None;
        var tenant = await settings.GetAllAsync(s_names);
        BookingPolicyOverrides[] levels = [session.Policy, classType, location];

        int Resolve(Func<BookingPolicyOverrides, int?> value, string setting, int fallback) =>
            levels.Select(value).FirstOrDefault(v => v is not null)
            ?? (int.TryParse(tenant.GetValueOrDefault(setting), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : fallback);

        var opens = Resolve(p => p.BookingOpensMinutes, BookingsSettingNames.BookingOpensMinutes, 0);
        return new BookingPolicy(
            OpensBefore: opens > 0 ? TimeSpan.FromMinutes(opens) : null,
            ClosesBefore: TimeSpan.FromMinutes(Resolve(p => p.BookingClosesMinutes, BookingsSettingNames.BookingClosesMinutes, 0)),
            FreeCancellationBefore: Minutes(Resolve(p => p.FreeCancellationMinutes, BookingsSettingNames.FreeCancellationMinutes, 0)),
            CancellationCutoffBefore: Minutes(Resolve(p => p.CancellationCutoffMinutes, BookingsSettingNames.CancellationCutoffMinutes, 0)),
            WaitlistCutoffBefore: Minutes(Resolve(p => p.WaitlistCutoffMinutes, BookingsSettingNames.WaitlistCutoffMinutes, 0)),
            WaitlistMaxSize: Math.Max(0, Resolve(p => p.WaitlistMaxSize, BookingsSettingNames.WaitlistMaxSize, 0)),
            CheckInOpensBefore: Minutes(Resolve(p => p.CheckInOpensMinutes, BookingsSettingNames.CheckInOpensMinutes, 30)),
            CheckInClosesAfter: Minutes(Resolve(p => p.CheckInClosesMinutes, BookingsSettingNames.CheckInClosesMinutes, 10)),
            MaxBookingsPerDay: Math.Max(0, Resolve(p => p.MaxBookingsPerDay, BookingsSettingNames.MaxBookingsPerDay, 0)),
            MaxBookingsPerWeek: Math.Max(0, Resolve(p => p.MaxBookingsPerWeek, BookingsSettingNames.MaxBookingsPerWeek, 0)),
            MaxUpcomingBookings: Math.Max(0, Resolve(p => p.MaxUpcomingBookings, BookingsSettingNames.MaxUpcomingBookings, 0)));
    }

    /// <summary>The location (read once per instance), or null when it does not exist.</summary>
    public async Task<Location?> FindLocationAsync(Guid id, CancellationToken cancellationToken = default)
    {
        if (!_locations.TryGetValue(id, out var location))
        {
            _locations[id] = location = await locations.FindAsync(id, cancellationToken);
        }

        return location;
    }

    // A negative tenant value of a "before" span makes no sense; it counts as zero.
    private static TimeSpan Minutes(int minutes) => TimeSpan.FromMinutes(Math.Max(0, minutes));
}
