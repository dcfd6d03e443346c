using System.Diagnostics.CodeAnalysis;
using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.MultiTenancy;
using NodaTime;
using NodaTime.TimeZones;

namespace FitSaaS.Bookings;

/// <summary>
/// A place where classes happen. Carries the IANA time zone its wall-clock schedules are written in
/// (DOMAIN.md §2.9); sessions themselves store UTC instants.
/// </summary>
public sealed class Location : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private Location()
    {
        Name = null!;
        TimeZoneId = null!;
    }

    /// <summary>Creates a location.</summary>
    /// <exception cref="BusinessException"><see cref="BookingsErrorCodes.InvalidTimeZone"/>.</exception>
    public Location(Guid id, Guid? tenantId, string name, string timeZoneId)
        : base(id)
    {
        TenantId = tenantId;
        Rename(name);
        ChangeTimeZone(timeZoneId);
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>Display name, unique by convention only.</summary>
    public string Name { get; private set; }

    /// <summary>IANA time-zone id, e.g. <c>America/New_York</c>.</summary>
    public string TimeZoneId { get; private set; }

    /// <summary>Renames the location.</summary>
    [MemberNotNull(nameof(Name))]
    public void Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        name = name.Trim();
        ArgumentOutOfRangeException.ThrowIfGreaterThan(name.Length, LocationConsts.MaxNameLength, nameof(name));
        Name = name;
    }

    /// <summary>Moves the location to another IANA time zone.</summary>
    /// <exception cref="BusinessException"><see cref="BookingsErrorCodes.InvalidTimeZone"/>.</exception>
    [MemberNotNull(nameof(TimeZoneId))]
    public void ChangeTimeZone(string timeZoneId)
    {
        TimeZoneId = FindTimeZone(timeZoneId).Id;
        AddLocalEvent(new BookingPolicyLevelChangedEvent(BookingPolicyProvider.LocationKey(Id)));
    }

    /// <summary>Booking-policy values set here (null values come from the tenant's settings); see <see cref="BookingPolicyProvider"/>.</summary>
    public BookingPolicyOverrides Policy { get; private set; } = BookingPolicyOverrides.None;

    /// <summary>Replaces the booking-policy values set here (null = none).</summary>
    /// <exception cref="FitSaaS.Framework.Exceptions.BusinessException"><see cref="BookingsErrorCodes.InvalidBookingPolicy"/>.</exception>
    public void SetPolicy(BookingPolicyOverrides? policy)
    {
        Policy = (policy ?? BookingPolicyOverrides.None).Validate();
        AddLocalEvent(new BookingPolicyLevelChangedEvent(BookingPolicyProvider.LocationKey(Id)));
    }

    /// <summary>The location's time zone.</summary>
    public TimeZoneInfo GetTimeZone() => FindTimeZone(TimeZoneId);

    /// <summary>
    /// Turns a wall-clock time at this location into a UTC instant. A time in the spring-forward gap
    /// is shifted forward by the gap (02:30 becomes 03:30 on a one-hour jump); a time in the fall-back
    /// overlap resolves to its first occurrence (the daylight offset), as DOMAIN.md §2.9 prescribes.
    /// </summary>
    public DateTime ToUtc(DateOnly localDate, TimeOnly localTime) =>
        ToUtc(localDate.ToDateTime(localTime, DateTimeKind.Unspecified), TimeZoneId);

    /// <summary>The wall-clock time at this location of a UTC instant.</summary>
    public DateTime ToLocal(DateTime utc) => ToLocal(utc, TimeZoneId);

    /// <summary>The calendar date at this location at a UTC instant (e.g. "today" for the location).</summary>
    public DateOnly ToLocalDate(DateTime utc) => ToLocalDate(utc, TimeZoneId);

    /// <summary>The calendar date in the IANA zone <paramref name="timeZoneId"/> at a UTC instant.</summary>
    /// <exception cref="BusinessException"><see cref="BookingsErrorCodes.InvalidTimeZone"/> when the zone is unknown.</exception>
    public static DateOnly ToLocalDate(DateTime utc, string timeZoneId) => DateOnly.FromDateTime(ToLocal(utc, timeZoneId));

    private static DateTime ToLocal(DateTime utc, string timeZoneId) =>
        Instant.FromDateTimeUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).InZone(GetZone(timeZoneId)).LocalDateTime.ToDateTimeUnspecified();

    private static DateTimeZone GetZone(string? timeZoneId) =>
        DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZoneId ?? string.Empty)
        ?? throw new BusinessException(BookingsErrorCodes.InvalidTimeZone, $"'{timeZoneId}' is not a known IANA time zone.").WithData("timeZoneId", timeZoneId);

    /// <summary>
    /// Resolves an IANA time-zone id (Windows ids are refused so stored ids stay portable).
    /// </summary>
    /// <exception cref="BusinessException"><see cref="BookingsErrorCodes.InvalidTimeZone"/> when unknown or not IANA.</exception>
    public static TimeZoneInfo FindTimeZone(string? timeZoneId)
    {
        if (string.IsNullOrWhiteSpace(timeZoneId) ||
            timeZoneId.Length > LocationConsts.MaxTimeZoneIdLength ||
            !TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId.Trim(), out var timeZone) ||
            !timeZone.HasIanaId ||
            DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZone.Id) is null)
        {
            throw new BusinessException(BookingsErrorCodes.InvalidTimeZone, $"'{timeZoneId}' is not a known IANA time zone.")
                .WithData("timeZoneId", timeZoneId);
        }

        return timeZone;
    }

    /// <summary>
    /// Converts a wall-clock time in the IANA zone <paramref name="timeZoneId"/> to UTC with the gap and overlap policy of
    /// <see cref="ToUtc(DateOnly, TimeOnly)"/>: NodaTime's lenient resolver over its tz database (a skipped time is shifted
    /// forward by the gap, an ambiguous one takes the earlier instant).
    /// </summary>
    /// <exception cref="BusinessException"><see cref="BookingsErrorCodes.InvalidTimeZone"/> when the zone is unknown.</exception>
    public static DateTime ToUtc(DateTime localDateTime, string timeZoneId)
    {
        var zone = GetZone(timeZoneId);
        var local = LocalDateTime.FromDateTime(DateTime.SpecifyKind(localDateTime, DateTimeKind.Unspecified));
        return zone.ResolveLocal(local, Resolvers.LenientResolver).ToDateTimeUtc();
    }
}
