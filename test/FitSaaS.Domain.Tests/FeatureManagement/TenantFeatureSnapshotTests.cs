using FitSaaS.Bookings;
using FitSaaS.FeatureManagement;
using FitSaaS.TenantManagement;

namespace FitSaaS.Domain.Tests.FeatureManagement;

public sealed class TenantFeatureSnapshotTests
{
    [Fact]
    public void Values_TenantOverrideWinsOverEdition()
    {
        var snapshot = new TenantFeatureSnapshot(
            Guid.NewGuid(), null, null, null, null, false,
            new Dictionary<string, string> { [BookingsFeatures.MaxLocations] = "1", [BookingsFeatures.Waitlist] = "false" },
            new Dictionary<string, string> { [BookingsFeatures.MaxLocations] = "5" });

        snapshot.Values[BookingsFeatures.MaxLocations].ShouldBe("5");
        snapshot.Values[BookingsFeatures.Waitlist].ShouldBe("false");
    }

    [Fact]
    public void Tenant_SetEdition_WithEndDate_ExpiresAtTheEndDate()
    {
        var tenant = new Tenant(Guid.NewGuid(), "gym");
        var editionId = Guid.NewGuid();
        var end = new DateTime(2030, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        tenant.SetEdition(editionId, end);

        tenant.EditionId.ShouldBe(editionId);
        tenant.IsEditionExpired(end.AddTicks(-1)).ShouldBeFalse();
        tenant.IsEditionExpired(end).ShouldBeTrue();
        Should.Throw<ArgumentException>(() => tenant.SetEdition(null, end));
    }
}
