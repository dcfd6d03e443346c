using FitSaaS.Bookings;
using FitSaaS.Domain.Tests.Bookings.Fakes;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;

namespace FitSaaS.Domain.Tests.FeatureManagement;

public sealed class FeatureQuotaAndWaitlistTests
{
    private readonly BookingsTestWorld _world = new();

    [Fact]
    public async Task LocationManagerCreateAsync_BeyondMaxLocations_ThrowsQuotaExceededUnderTheTenantsLock()
    {
        _world.Features.Set(_world.TenantId, BookingsFeatures.MaxLocations, "2");
        using var _ = _world.CurrentTenant.Change(_world.TenantId);

        await _world.LocationManager.CreateAsync("Second", "UTC");
        var exception = await Should.ThrowAsync<BusinessException>(() => _world.LocationManager.CreateAsync("Third", "UTC"));

        exception.Code.ShouldBe(FeatureErrorCodes.QuotaExceeded);
        exception.Details["limit"].ShouldBe(2);
        exception.Details["current"].ShouldBe(2L);
        _world.Locations.Items.Count.ShouldBe(2);
        _world.Features.Lock.Acquired.ShouldAllBe(k => k == $"quota:{_world.TenantId:N}:{BookingsFeatures.MaxLocations}");
        _world.Features.Lock.Acquired.Count.ShouldBe(2);
    }

    [Fact]
    public async Task LocationManagerCreateAsync_Unlimited_TakesNoLock()
    {
        _world.Features.Set(_world.TenantId, BookingsFeatures.MaxLocations, "-1");
        using var _ = _world.CurrentTenant.Change(_world.TenantId);

        for (var i = 0; i < 5; i++)
        {
            await _world.LocationManager.CreateAsync($"Loc {i}", "UTC");
        }

        _world.Locations.Items.Count.ShouldBe(6);
        _world.Features.Lock.Acquired.ShouldBeEmpty();
    }

    [Fact]
    public async Task BookAsync_SessionFullAndWaitlistOff_ThrowsSessionFull()
    {
        _world.Features.Set(_world.TenantId, BookingsFeatures.Waitlist, "false");
        using var _ = _world.CurrentTenant.Change(_world.TenantId);
        var session = _world.AddSession(capacity: 1);
        await _world.BookingManager.BookAsync(session.Id, Guid.NewGuid(), BookingsTestWorld.Now);

        var exception = await Should.ThrowAsync<BusinessException>(() => _world.BookingManager.BookAsync(session.Id, Guid.NewGuid(), BookingsTestWorld.Now));

        exception.Code.ShouldBe(BookingsErrorCodes.SessionFull);
        session.WaitlistCount.ShouldBe(0);
        _world.Bookings.Items.Count.ShouldBe(1);
    }

    [Fact]
    public async Task BookAsync_SessionFullAndWaitlistOn_Waitlists()
    {
        _world.Features.Set(_world.TenantId, BookingsFeatures.Waitlist, "true");
        using var _ = _world.CurrentTenant.Change(_world.TenantId);
        var session = _world.AddSession(capacity: 1);
        await _world.BookingManager.BookAsync(session.Id, Guid.NewGuid(), BookingsTestWorld.Now);

        var second = await _world.BookingManager.BookAsync(session.Id, Guid.NewGuid(), BookingsTestWorld.Now);

        second.Status.ShouldBe(BookingStatus.Waitlisted);
    }
}
