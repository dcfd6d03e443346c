using FitSaaS.Application.Tests.Bookings;
using FitSaaS.Bookings;
using FitSaaS.EntityFrameworkCore;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.EntityFrameworkCore.EventBus;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Identity;
using FitSaaS.Messaging;
using FitSaaS.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FitSaaS.Application.Tests.Messaging;

/// <summary>
/// A gym with two locations: members booked at Downtown, members booked at Uptown, a member without bookings and a coach;
/// calls as staff or a member; runs the delivery job as the job runner does (optionally with a clock moved ahead).
/// </summary>
public sealed class AnnouncementsScenario(FitSaaSApplicationFixture fixture)
{
    private readonly BookingsScenario _bookings = new(fixture);

    public async Task<AnnouncementGym> NewGymAsync(int downtownMembers = 2, int uptownMembers = 1)
    {
        var gym = await _bookings.CreateGymAsync(capacity: 20);
        var downtown = await _bookings.CreateBookedMembersAsync(gym, downtownMembers);
        var uptown = await _bookings.AsAdminAsync<ILocationAppService, LocationDto>(
            gym.Tenant, s => s.CreateAsync(new CreateLocationDto { Name = "Uptown", TimeZoneId = "America/New_York" }));
        var uptownSession = await _bookings.AsAdminAsync<IClassSessionAppService, ClassSessionDto>(gym.Tenant, s => s.CreateAsync(new CreateClassSessionDto
        {
            ClassTypeId = gym.ClassType.Id, LocationId = uptown.Id, StartsAtUtc = DateTime.UtcNow.AddDays(3), Capacity = 20,
        }));
        var uptownMembersIds = await _bookings.CreateMembersAsync(gym.Tenant, uptownMembers, "up");
        foreach (var member in uptownMembersIds)
        {
            await _bookings.BookAsync(gym.Tenant, member, uptownSession.Id);
        }

        var idle = (await _bookings.CreateMembersAsync(gym.Tenant, 1, "idle"))[0];
        var coach = await fixture.CreateUserAsync(gym.Tenant.Id, $"coach-{Guid.NewGuid():N}"[..20], IdentityConsts.StaffRole);
        return new AnnouncementGym(gym, uptown.Id, downtown, uptownMembersIds, idle, coach);
    }

    public Task<T> AsStaffAsync<T>(AnnouncementGym gym, Func<IAnnouncementAppService, Task<T>> call) =>
        _bookings.AsAsync(gym.Tenant.Id, gym.Coach, IdentityConsts.StaffRole, call);

    public Task<T> AsMemberAsync<T>(AnnouncementGym gym, Guid member, Func<IMyAnnouncementAppService, Task<T>> call) =>
        _bookings.AsAsync(gym.Tenant.Id, member, IdentityConsts.MemberRole, call);

    public Task<T> AsMemberAsync<TService, T>(AnnouncementGym gym, Guid member, Func<TService, Task<T>> call)
        where TService : notnull => _bookings.AsAsync(gym.Tenant.Id, member, IdentityConsts.MemberRole, call);

    public Task<AnnouncementDto> CreateAsync(AnnouncementGym gym, AnnouncementAudienceKind kind, Guid? reference = null, string title = "Hello") =>
        AsStaffAsync(gym, s => s.CreateAsync(new CreateAnnouncementDto { Title = title, Body = "Body of " + title, AudienceKind = kind, AudienceReferenceId = reference }));

    /// <summary>Runs the delivery job for the tenant, as the runner does (no ambient unit of work), its clock moved by <paramref name="ahead"/>.</summary>
    public async Task RunDeliveryJobAsync(TestTenant tenant, Guid? announcementId = null, TimeSpan ahead = default)
    {
        using var _ = fixture.Services.GetRequiredService<ICurrentTenant>().Change(tenant.Id);
        await using var scope = fixture.Services.CreateAsyncScope();
        var job = new AnnouncementDeliveryJob(
            scope.ServiceProvider.GetRequiredService<IServiceScopeFactory>(),
            new ShiftedTimeProvider(ahead),
            scope.ServiceProvider.GetRequiredService<ILogger<AnnouncementDeliveryJob>>());
        await job.ExecuteAsync(new AnnouncementDeliveryArgs { AnnouncementId = announcementId }, TestContext.Current.CancellationToken);
    }

    /// <summary>The announcement's receipts as stored (user id, read instant), read as the tenant.</summary>
    public async Task<List<(Guid UserId, DateTime? ReadAtUtc)>> ReceiptsAsync(TestTenant tenant, Guid announcementId)
    {
        using var _ = fixture.Services.GetRequiredService<ICurrentTenant>().Change(tenant.Id);
        await using var scope = fixture.Services.CreateAsyncScope();
        var context = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextForTenantAsync(tenant.Id);
        var rows = await context.Set<AnnouncementReceipt>().AsNoTracking().Where(r => r.AnnouncementId == announcementId)
            .Select(r => new { r.UserId, r.ReadAtUtc }).ToListAsync(TestContext.Current.CancellationToken);
        return rows.Select(r => (r.UserId, r.ReadAtUtc)).ToList();
    }

    /// <summary>The <see cref="AnnouncementDeliveredEto"/> outbox rows of the announcement (the fixtures do not dispatch the outbox).</summary>
    public async Task<List<string>> DeliveredEventsAsync(TestTenant tenant, Guid announcementId)
    {
        using var _ = fixture.Services.GetRequiredService<ICurrentTenant>().Change(tenant.Id);
        await using var scope = fixture.Services.CreateAsyncScope();
        var context = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<FitSaaSDbContext>>().GetDbContextForTenantAsync(tenant.Id);
        var payloads = await context.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.TenantId == tenant.Id && m.EventName == "Messaging.AnnouncementDelivered.v1")
            .Select(m => m.Payload).ToListAsync(TestContext.Current.CancellationToken);
        return payloads.Where(p => p.Contains(announcementId.ToString(), StringComparison.OrdinalIgnoreCase)).ToList();
    }

    private sealed class ShiftedTimeProvider(TimeSpan ahead) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + ahead;
    }
}

/// <summary>A gym of <see cref="AnnouncementsScenario"/>.</summary>
public sealed record AnnouncementGym(Gym Gym, Guid UptownId, List<Guid> DowntownMembers, List<Guid> UptownMembers, Guid IdleMember, Guid Coach)
{
    public TestTenant Tenant => Gym.Tenant;

    public Guid DowntownId => Gym.Location.Id;
}
