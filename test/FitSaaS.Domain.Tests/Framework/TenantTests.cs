using FitSaaS.TenantManagement;

namespace FitSaaS.Domain.Tests.Framework;

public sealed class TenantTests
{
    [Fact]
    public void Deactivate_ThenActivate_TogglesAndRaisesChangeEvents()
    {
        var tenant = new Tenant(Guid.NewGuid(), " My-Gym ");
        tenant.ClearLocalEvents();

        tenant.Deactivate();
        tenant.Deactivate();
        tenant.Activate();

        tenant.Name.ShouldBe("my-gym");
        tenant.NormalizedName.ShouldBe("MY-GYM");
        tenant.IsActive.ShouldBeTrue();
        tenant.GetLocalEvents().Count.ShouldBe(2);
    }
}
