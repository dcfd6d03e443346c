using System.Globalization;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using FitSaaS.Framework.Users;
using FitSaaS.SettingManagement;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.Bookings;

/// <inheritdoc cref="IMemberCalendarFeedAppService"/>
[Authorize(BookingsPermissions.Bookings.Default)]
public sealed class MemberCalendarFeedAppService(
    MemberCalendarFeedTokenProtector protector,
    ISettingAppService settings,
    ICurrentUser currentUser,
    ICurrentTenant currentTenant,
    TimeProvider clock) : ApplicationService, IMemberCalendarFeedAppService
{
    /// <inheritdoc/>
    public Task<MemberCalendarFeedDto> GetAsync() => Task.FromResult(Issue(clock.GetUtcNow().UtcDateTime));

    /// <inheritdoc/>
    /// <remarks>
    /// The setting is written through SettingManagement's contract, which saves in its own unit of work (as its HTTP API
    /// does); the token issued here is not older than the new limit, so it opens.
    /// </remarks>
    [UnitOfWork(IsDisabled = true)]
    public async Task<MemberCalendarFeedDto> ResetAsync()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await settings.UpdateUserAsync(new UpdateSettingsDto
        {
            Settings = [new UpdateSettingValueDto { Name = BookingsSettingNames.CalendarFeedValidFromUtc, Value = now.ToString("O", CultureInfo.InvariantCulture) }],
        });
        return Issue(now);
    }

    private MemberCalendarFeedDto Issue(DateTime now)
    {
        var memberId = currentUser.Id ?? throw new InvalidOperationException("A calendar feed needs a signed-in user.");
        var token = protector.Protect(new MemberCalendarFeedToken(currentTenant.Id, memberId, now));
        return new MemberCalendarFeedDto
        {
            FeedPath = $"{CalendarFeedConsts.FeedPath}?{CalendarFeedConsts.TokenQueryName}={token}",
            FeedToken = token,
            IssuedAtUtc = now,
        };
    }
}
