using NodaTime;
using NodaTime.TimeZones;

namespace FitSaaS.Messaging;

/// <summary>Quiet hours: a daily window of local wall-clock time in an IANA zone during which e-mails wait.</summary>
public static class NotificationQuietHours
{
    /// <summary>
    /// When an e-mail due at <paramref name="nowUtc"/> may be sent: null when <paramref name="nowUtc"/> is outside the window
    /// [<paramref name="start"/>, <paramref name="end"/>) in <paramref name="zone"/> (a start after the end spans midnight; equal
    /// or missing bounds mean no window), else the UTC instant the window ends. An end falling in a daylight-saving gap is
    /// shifted forward by the gap.
    /// </summary>
    public static DateTime? DeferUntil(DateTime nowUtc, TimeOnly? start, TimeOnly? end, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        if (start is null || end is null || start == end)
        {
            return null;
        }

        var local = Instant.FromDateTimeUtc(DateTime.SpecifyKind(nowUtc, DateTimeKind.Utc)).InZone(zone).LocalDateTime;
        var time = TimeOnly.FromTimeSpan(local.TimeOfDay.ToTimeOnly().ToTimeSpan());
        var s = start.Value;
        var e = end.Value;
        bool inside;
        var endDate = local.Date;
        if (s < e)
        {
            inside = time >= s && time < e;
        }
        else
        {
            inside = time >= s || time < e;
            if (time >= s)
            {
                endDate = endDate.PlusDays(1);
            }
        }

        if (!inside)
        {
            return null;
        }

        var endLocal = endDate + LocalTime.FromTimeOnly(e);
        return zone.ResolveLocal(endLocal, Resolvers.LenientResolver).ToDateTimeUtc();
    }
}
