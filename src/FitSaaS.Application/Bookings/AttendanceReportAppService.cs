using System.Globalization;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Identity;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.Bookings;

/// <inheritdoc cref="IAttendanceReportAppService"/>
[Authorize(BookingsPermissions.Reports.Default)]
public sealed class AttendanceReportAppService(
    IBookingReportRepository reports,
    IClassTypeRepository classTypes,
    ILocationRepository locations,
    IUserLookupService users) : ApplicationService, IAttendanceReportAppService
{
    /// <summary>The label of the row of sessions without a coach.</summary>
    public const string NoCoachLabel = "no coach";

    /// <summary>The key of the row of sessions without a coach.</summary>
    public const string NoCoachKey = "none";

    /// <inheritdoc/>
    public async Task<AttendanceReportDto> GetAsync(GetAttendanceReportInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var from = UtcInstant.From(input.FromUtc!.Value);
        var to = UtcInstant.From(input.ToUtc!.Value);
        if (to - from > TimeSpan.FromDays(AttendanceReportConsts.MaxRangeDays))
        {
            throw new BusinessException(BookingsErrorCodes.ReportRangeTooLong, $"A report covers at most {AttendanceReportConsts.MaxRangeDays} days.")
                .WithData("days", Math.Ceiling((to - from).TotalDays))
                .WithData("maxDays", AttendanceReportConsts.MaxRangeDays);
        }

        var filter = new ClassSessionListFilter(from, to, input.LocationId, input.ClassTypeId, input.CoachId);
        var rows = input.GroupBy == AttendanceReportGroupBy.HourOfWeek
            ? await HourOfWeekRowsAsync(filter)
            : await GroupRowsAsync(filter, input.GroupBy);

        return new AttendanceReportDto
        {
            FromUtc = from,
            ToUtc = to,
            GroupBy = input.GroupBy,
            Rows = rows,
            Total = Row("total", "Total", rows.Sum(r => r.SessionCount), rows.Sum(r => r.Capacity), rows.Sum(r => r.Booked),
                rows.Sum(r => r.Attended), rows.Sum(r => r.NoShows), rows.Sum(r => r.LateCancels)),
        };
    }

    /// <summary>The rate <paramref name="part"/> / <paramref name="whole"/> rounded half away from zero to 4 decimals; 0 when <paramref name="whole"/> is 0.</summary>
    public static decimal Rate(int part, int whole) =>
        whole == 0 ? 0m : Math.Round((decimal)part / whole, AttendanceReportConsts.RateDecimals, MidpointRounding.AwayFromZero);

    private async Task<List<AttendanceReportRowDto>> GroupRowsAsync(ClassSessionListFilter filter, AttendanceReportGroupBy groupBy)
    {
        var groups = await reports.GetGroupedAttendanceAsync(filter, groupBy);
        var keys = groups.Where(g => g.Key is not null).Select(g => g.Key!.Value).ToList();
        var labels = groupBy switch
        {
            AttendanceReportGroupBy.ClassType => (await classTypes.GetListByIdsAsync(keys)).ToDictionary(t => t.Id, t => t.Name),
            AttendanceReportGroupBy.Location => (await locations.GetListByIdsAsync(keys)).ToDictionary(l => l.Id, l => l.Name),
            _ => (await users.GetUserNamesAsync(keys)).ToDictionary(),
        };

        return groups
            .Select(g => Row(
                g.Key?.ToString("D") ?? NoCoachKey,
                g.Key is { } key ? labels.GetValueOrDefault(key) ?? key.ToString("D") : NoCoachLabel,
                g.SessionCount, g.Capacity, g.Booked, g.Attended, g.NoShows, g.LateCancels))
            .OrderByDescending(r => r.Booked)
            .ThenBy(r => r.Label, StringComparer.Ordinal)
            .ThenBy(r => r.Key, StringComparer.Ordinal)
            .ToList();
    }

    private async Task<List<AttendanceReportRowDto>> HourOfWeekRowsAsync(ClassSessionListFilter filter)
    {
        var sessions = await reports.GetSessionAttendanceAsync(filter);
        var zones = (await locations.GetListByIdsAsync(sessions.Select(s => s.LocationId).Distinct().ToList()))
            .ToDictionary(l => l.Id, l => l.GetTimeZone());

        return sessions
            .GroupBy(s =>
            {
                var local = TimeZoneInfo.ConvertTimeFromUtc(s.StartsAtUtc, zones.GetValueOrDefault(s.LocationId) ?? TimeZoneInfo.Utc);
                return (local.DayOfWeek, local.Hour);
            })
            .OrderBy(g => ((int)g.Key.DayOfWeek + 6) % 7) // Monday first (ISO 8601)
            .ThenBy(g => g.Key.Hour)
            .Select(g =>
            {
                var row = Row(
                    string.Create(CultureInfo.InvariantCulture, $"{g.Key.DayOfWeek}-{g.Key.Hour:00}"),
                    string.Create(CultureInfo.InvariantCulture, $"{g.Key.DayOfWeek} {g.Key.Hour:00}:00"),
                    g.Count(), g.Sum(s => s.Capacity), g.Sum(s => s.Booked), g.Sum(s => s.Attended), g.Sum(s => s.NoShows), g.Sum(s => s.LateCancels));
                return new AttendanceReportRowDto
                {
                    Key = row.Key, Label = row.Label, DayOfWeek = g.Key.DayOfWeek, LocalHour = g.Key.Hour,
                    SessionCount = row.SessionCount, Capacity = row.Capacity, Booked = row.Booked, Attended = row.Attended,
                    NoShows = row.NoShows, LateCancels = row.LateCancels, FillRate = row.FillRate, AttendanceRate = row.AttendanceRate,
                };
            })
            .ToList();
    }

    private static AttendanceReportRowDto Row(string key, string label, int sessions, int capacity, int booked, int attended, int noShows, int lateCancels) => new()
    {
        Key = key,
        Label = label,
        SessionCount = sessions,
        Capacity = capacity,
        Booked = booked,
        Attended = attended,
        NoShows = noShows,
        LateCancels = lateCancels,
        FillRate = Rate(booked, capacity),
        AttendanceRate = Rate(attended, booked),
    };
}
