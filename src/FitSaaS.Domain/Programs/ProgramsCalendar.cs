using FitSaaS.Bookings;
using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.Settings;
using NodaTime;

namespace FitSaaS.Programs;

/// <summary>
/// The tenant's calendar for goals: its IANA zone is Bookings' <see cref="BookingsSettingNames.DefaultTimeZone"/> (the zone the
/// tenant's locations default to and Billing counts days in); <c>UTC</c> when unset or unknown.
/// </summary>
public sealed class ProgramsCalendar(ISettingProvider settings) : ITransientDependency
{
    /// <summary>The tenant's zone id (IANA; <c>UTC</c> when unset or unknown).</summary>
    public async Task<string> GetTimeZoneIdAsync()
    {
        var zone = (await settings.GetOrNullAsync(BookingsSettingNames.DefaultTimeZone))?.Trim();
        return zone is not null && DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone) is not null ? zone : "UTC";
    }

    /// <summary>The tenant's local date at <paramref name="utc"/>.</summary>
    public async Task<DateOnly> GetTodayAsync(DateTime utc) => ToLocalDate(utc, await GetTimeZoneIdAsync());

    /// <summary>The calendar date in <paramref name="timeZoneId"/> (IANA) at <paramref name="utc"/>.</summary>
    public static DateOnly ToLocalDate(DateTime utc, string timeZoneId)
    {
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(timeZoneId) ?? DateTimeZone.Utc;
        var local = Instant.FromDateTimeUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).InZone(zone).Date;
        return new DateOnly(local.Year, local.Month, local.Day);
    }
}
