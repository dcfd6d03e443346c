using FitSaaS.Bookings;
using FitSaaS.FeatureManagement;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using FitSaaS.Identity;
using FitSaaS.Testing;

namespace FitSaaS.Application.Tests.FeatureManagement;

public abstract class QuotaTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : QuotaTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : QuotaTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    private readonly FeatureScenario _scenario = new(fixture);

    [Fact]
    public async Task CreateLocation_BeyondMaxLocations_ThrowsQuotaExceededWithTheLimit()
    {
        var tenant = await fixture.CreateTenantAsync(editionName: EditionNames.Free);
        await CreateLocationAsync(tenant, "First");

        var exception = await Should.ThrowAsync<BusinessException>(() => CreateLocationAsync(tenant, "Second"));

        exception.Code.ShouldBe(FeatureErrorCodes.QuotaExceeded);
        exception.Details["feature"].ShouldBe(BookingsFeatures.MaxLocations);
        exception.Details["limit"].ShouldBe(1);
        exception.Details["current"].ShouldBe(1L);
    }

    [Fact]
    public async Task CreateLocation_AfterDeletingOne_FitsAgain()
    {
        var tenant = await fixture.CreateTenantAsync(editionName: EditionNames.Free);
        var first = await CreateLocationAsync(tenant, "First");

        await _scenario.AsAdminAsync<ILocationAppService, bool>(tenant, async s =>
        {
            await s.DeleteAsync(first.Id);
            return true;
        });

        (await CreateLocationAsync(tenant, "Second")).Name.ShouldBe("Second");
    }

    [Fact]
    public async Task CreateLocation_TwentyInParallelWithLimitThree_ExactlyThreeSucceed()
    {
        var tenant = await fixture.CreateTenantAsync(editionName: EditionNames.Studio);

        var results = await RunInParallelAsync(Enumerable.Range(0, 20).ToList(), async i =>
        {
            try
            {
                await CreateLocationAsync(tenant, $"Branch {i:D2}");
                return null;
            }
            catch (BusinessException ex)
            {
                return ex.Code;
            }
        });

        results.Count(r => r is null).ShouldBe(3);
        results.Where(r => r is not null).ShouldAllBe(code => code == FeatureErrorCodes.QuotaExceeded);
        var page = await _scenario.AsAdminAsync<ILocationAppService, Framework.Application.PagedResultDto<LocationDto>>(
            tenant, s => s.GetListAsync(new GetLocationListInput { MaxResultCount = 100 }));
        page.TotalCount.ShouldBe(3);
    }

    [Fact]
    public async Task Members_RegistrationAndAdminCreation_StopAtMaxMembers_StaffDoNotCount()
    {
        var tenant = await fixture.CreateTenantAsync(editionName: EditionNames.Free);
        await _scenario.SetOverridesAsync(tenant, (IdentityFeatures.MaxMembers, "2"));

        await RegisterAsync(tenant, "first");
        await CreateUserAsync(tenant, "coach", IdentityConsts.StaffRole);
        await CreateUserAsync(tenant, "second", IdentityConsts.MemberRole);
        var registration = await Should.ThrowAsync<BusinessException>(() => RegisterAsync(tenant, "third"));
        var creation = await Should.ThrowAsync<BusinessException>(() => CreateUserAsync(tenant, "fourth", IdentityConsts.MemberRole));
        var staff = await CreateUserAsync(tenant, "coach2", IdentityConsts.StaffRole);
        var promotion = await Should.ThrowAsync<BusinessException>(() => _scenario.AsAdminAsync<IUserAppService, IdentityUserDto>(tenant,
            s => s.UpdateAsync(staff.Id, new UpdateIdentityUserDto { Email = staff.Email!, IsActive = true, RoleNames = [IdentityConsts.StaffRole, IdentityConsts.MemberRole] })));

        registration.Code.ShouldBe(FeatureErrorCodes.QuotaExceeded);
        registration.Details["limit"].ShouldBe(2);
        creation.Code.ShouldBe(FeatureErrorCodes.QuotaExceeded);
        promotion.Code.ShouldBe(FeatureErrorCodes.QuotaExceeded);
        var members = await _scenario.AsAdminAsync<IUserAppService, Framework.Application.PagedResultDto<IdentityUserDto>>(
            tenant, s => s.GetListAsync(new GetIdentityUserListInput { RoleName = IdentityConsts.MemberRole, MaxResultCount = 100 }));
        members.TotalCount.ShouldBe(2);
    }

    [Fact]
    public async Task Members_TenParallelRegistrationsWithLimitThree_ExactlyThreeSucceed()
    {
        var tenant = await fixture.CreateTenantAsync(editionName: EditionNames.Free);
        await _scenario.SetOverridesAsync(tenant, (IdentityFeatures.MaxMembers, "3"));

        var results = await RunInParallelAsync(Enumerable.Range(0, 10).ToList(), async i =>
        {
            try
            {
                await RegisterAsync(tenant, $"racer{i:D2}");
                return null;
            }
            catch (BusinessException ex)
            {
                return ex.Code;
            }
        });

        results.Count(r => r is null).ShouldBe(3);
        results.Where(r => r is not null).ShouldAllBe(code => code == FeatureErrorCodes.QuotaExceeded);
    }

    [Fact]
    public async Task Booking_FullSessionOnAnEditionWithoutWaitlist_ThrowsSessionFull()
    {
        var tenant = await fixture.CreateTenantAsync(editionName: EditionNames.Free);
        var location = await CreateLocationAsync(tenant, "Only");
        var classType = await _scenario.AsAdminAsync<IClassTypeAppService, ClassTypeDto>(
            tenant, s => s.CreateAsync(new CreateClassTypeDto { Name = "WOD", DefaultCapacity = 1, DurationMinutes = 60 }));
        var session = await _scenario.AsAdminAsync<IClassSessionAppService, ClassSessionDto>(tenant, s => s.CreateAsync(new CreateClassSessionDto
        {
            ClassTypeId = classType.Id,
            LocationId = location.Id,
            StartsAtUtc = DateTime.UtcNow.AddDays(2),
            Capacity = 1,
        }));
        var first = await fixture.CreateUserAsync(tenant.Id, "early", IdentityConsts.MemberRole);
        var second = await fixture.CreateUserAsync(tenant.Id, "late", IdentityConsts.MemberRole);
        await BookAsync(tenant, first, session.Id);

        var exception = await Should.ThrowAsync<BusinessException>(() => BookAsync(tenant, second, session.Id));
        await _scenario.SetEditionAsync(tenant, EditionNames.Studio);
        var waitlisted = await BookAsync(tenant, second, session.Id);

        exception.Code.ShouldBe(BookingsErrorCodes.SessionFull);
        waitlisted.Status.ShouldBe(BookingStatus.Waitlisted);
    }

    private Task<BookingDto> BookAsync(TestTenant tenant, Guid memberId, Guid sessionId) =>
        _scenario.AsAsync<IBookingAppService, BookingDto>(tenant.Id, memberId, IdentityConsts.MemberRole,
            s => s.CreateAsync(new CreateBookingDto { ClassSessionId = sessionId }));

    private Task<LocationDto> CreateLocationAsync(TestTenant tenant, string name) =>
        _scenario.AsAdminAsync<ILocationAppService, LocationDto>(tenant, s => s.CreateAsync(new CreateLocationDto { Name = name, TimeZoneId = "UTC" }));

    private async Task<ProfileDto> RegisterAsync(TestTenant tenant, string userName)
    {
        using var _ = fixture.RunAsAnonymous(tenant.Id);
        await using var scope = fixture.CreateScope();
        return await Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions.GetRequiredService<IAccountAppService>(scope.ServiceProvider)
            .RegisterAsync(new RegisterDto { UserName = userName, Email = $"{userName}@example.test", Password = TestUsers.Password });
    }

    private Task<IdentityUserDto> CreateUserAsync(TestTenant tenant, string userName, string role) =>
        _scenario.AsAdminAsync<IUserAppService, IdentityUserDto>(tenant, s => s.CreateAsync(new CreateIdentityUserDto
        {
            UserName = userName,
            Email = $"{userName}@example.test",
            Password = TestUsers.Password,
            RoleNames = [role],
        }));

    private static async Task<List<TResult>> RunInParallelAsync<TItem, TResult>(IReadOnlyList<TItem> items, Func<TItem, Task<TResult>> call)
    {
        using var start = new ManualResetEventSlim(false);
        var tasks = items.Select(item => Task.Run(async () =>
        {
            start.Wait();
            return await call(item);
        })).ToList();
        start.Set();
        return [.. await Task.WhenAll(tasks)];
    }
}
