using FitSaaS.Framework.Application;
using FitSaaS.Framework.Users;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.Bookings;

/// <inheritdoc cref="ICoachSessionAppService"/>
[Authorize(BookingsPermissions.ClassSessions.Default)]
public sealed class CoachSessionAppService(
    IClassSessionRepository sessions,
    IClassTypeRepository classTypes,
    ILocationRepository locations,
    IBookingReportRepository reports,
    ICurrentUser currentUser,
    TimeProvider clock) : ApplicationService, ICoachSessionAppService
{
    /// <inheritdoc/>
    public async Task<IReadOnlyList<CoachSessionDto>> GetListAsync(GetCoachSessionListInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (currentUser.Id is not { } coachId)
        {
            return [];
        }

        var from = UtcInstant.From(input.FromUtc) ?? clock.GetUtcNow().UtcDateTime;
        var to = UtcInstant.From(input.ToUtc) ?? from.AddDays(AttendanceReportConsts.CoachSessionsDefaultDays);
        var mine = await sessions.GetListAsync(new ClassSessionListFilter(from, to, coachId: coachId));
        var (types, places) = await ClassNameLookup.LoadAsync<ClassSession>(classTypes, locations, mine, s => s.ClassTypeId, s => s.LocationId);
        var checkedIn = await reports.GetCheckedInCountsAsync(mine.Select(s => s.Id).ToList());

        return mine.Select(s => new CoachSessionDto
        {
            Id = s.Id,
            ClassTypeId = s.ClassTypeId,
            ClassTypeName = types.GetValueOrDefault(s.ClassTypeId)?.Name,
            LocationId = s.LocationId,
            LocationName = places.GetValueOrDefault(s.LocationId)?.Name,
            TimeZoneId = places.GetValueOrDefault(s.LocationId)?.TimeZoneId,
            StartsAtUtc = s.StartsAtUtc,
            EndsAtUtc = s.EndsAtUtc,
            Capacity = s.Capacity,
            ConfirmedCount = s.ConfirmedCount,
            WaitlistCount = s.WaitlistCount,
            CheckedInCount = checkedIn.GetValueOrDefault(s.Id),
            IsCancelled = s.IsCancelled,
        }).ToList();
    }
}
