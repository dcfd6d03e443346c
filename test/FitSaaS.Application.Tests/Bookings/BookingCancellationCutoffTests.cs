using FitSaaS.Bookings;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Identity;
using FitSaaS.SettingManagement;
using FitSaaS.Testing;

namespace FitSaaS.Application.Tests.Bookings;

public abstract class BookingCancellationCutoffTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : BookingCancellationCutoffTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : BookingCancellationCutoffTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    private readonly BookingsScenario _scenario = new(fixture);

    [Fact]
    public async Task CancelAsync_MemberInsideTheTenantsCutoff_ThrowsCancellationWindowClosed()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5, startsAtUtc: DateTime.UtcNow.AddMinutes(90));
        await SetCutoffAsync(gym.Tenant, 120);
        var member = (await _scenario.CreateMembersAsync(gym.Tenant, 1))[0];
        var booking = await _scenario.BookAsync(gym.Tenant, member, gym.Session.Id);

        var exception = await Should.ThrowAsync<BusinessException>(() => _scenario.CancelAsync(gym.Tenant, member, booking.Id));

        exception.Code.ShouldBe(BookingsErrorCodes.CancellationWindowClosed);
        (await _scenario.GetSessionAsync(gym.Tenant, gym.Session.Id)).ConfirmedCount.ShouldBe(1);
    }

    [Fact]
    public async Task CancelAsync_StaffInsideTheCutoff_Cancels()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5, startsAtUtc: DateTime.UtcNow.AddMinutes(90));
        await SetCutoffAsync(gym.Tenant, 120);
        var member = (await _scenario.CreateMembersAsync(gym.Tenant, 1))[0];
        var staff = await fixture.CreateUserAsync(gym.Tenant.Id, "frontdesk", IdentityConsts.StaffRole);
        var booking = await _scenario.BookAsync(gym.Tenant, member, gym.Session.Id);

        var cancelled = await _scenario.AsAsync<IBookingAppService, BookingDto>(gym.Tenant.Id, staff, IdentityConsts.StaffRole, s => s.CancelAsync(booking.Id, new CancelBookingDto { Reason = "Front desk: member called in sick" }));

        cancelled.Status.ShouldBe(BookingStatus.Cancelled);
    }

    [Fact]
    public async Task CancelAsync_MemberBeforeTheCutoffAndOtherTenantUnaffected_Cancels()
    {
        var gym = await _scenario.CreateGymAsync(capacity: 5, startsAtUtc: DateTime.UtcNow.AddMinutes(90));
        var strictGym = await _scenario.CreateGymAsync(capacity: 5, startsAtUtc: DateTime.UtcNow.AddMinutes(90));
        await SetCutoffAsync(gym.Tenant, 60);
        await SetCutoffAsync(strictGym.Tenant, 600);
        var member = (await _scenario.CreateMembersAsync(gym.Tenant, 1))[0];
        var booking = await _scenario.BookAsync(gym.Tenant, member, gym.Session.Id);

        var cancelled = await _scenario.CancelAsync(gym.Tenant, member, booking.Id);

        cancelled.Status.ShouldBe(BookingStatus.Cancelled);
    }

    private Task<IReadOnlyList<SettingDto>> SetCutoffAsync(TestTenant tenant, int minutes) =>
        _scenario.AsAdminAsync<ISettingAppService, IReadOnlyList<SettingDto>>(tenant, s => s.UpdateTenantAsync(new UpdateSettingsDto
        {
            Settings = [new UpdateSettingValueDto { Name = BookingsSettingNames.CancellationCutoffMinutes, Value = minutes.ToString(System.Globalization.CultureInfo.InvariantCulture) }],
        }));
}
