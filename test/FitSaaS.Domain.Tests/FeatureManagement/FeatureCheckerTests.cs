using FitSaaS.Bookings;
using FitSaaS.FeatureManagement;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Identity;

namespace FitSaaS.Domain.Tests.FeatureManagement;

public sealed class FeatureCheckerTests
{
    private readonly CurrentTenant _currentTenant = new(new CurrentTenantAccessor());
    private readonly FeatureTestWorld _world;
    private readonly Guid _tenantId = Guid.NewGuid();

    public FeatureCheckerTests() => _world = new FeatureTestWorld(_currentTenant);

    [Fact]
    public async Task GetOrNullAsync_NothingStored_ReturnsDefault()
    {
        using var _ = _currentTenant.Change(_tenantId);

        (await _world.Checker.GetOrNullAsync(TestFeatureDefinitionProvider.Enabled)).ShouldBe("true");
        (await _world.Checker.GetIntAsync(BookingsFeatures.MaxLocations)).ShouldBe(FeatureDefinition.Unlimited);
        (await _world.Checker.IsEnabledAsync(FitSaaS.Messaging.MessagingFeatures.Enabled)).ShouldBeFalse();
        (await _world.Checker.GetOrNullAsync("No.Such")).ShouldBeNull();
    }

    [Fact]
    public async Task CheckEnabledAsync_FeatureOff_ThrowsNotEnabledWithTheFeature()
    {
        _world.Set(_tenantId, TestFeatureDefinitionProvider.Enabled, "false");
        using var _ = _currentTenant.Change(_tenantId);

        var exception = await Should.ThrowAsync<BusinessException>(() => _world.Checker.CheckEnabledAsync(true, [TestFeatureDefinitionProvider.Enabled]));

        exception.Code.ShouldBe(FeatureErrorCodes.NotEnabled);
        exception.Details["feature"].ShouldBe(TestFeatureDefinitionProvider.Enabled);
    }

    [Fact]
    public async Task CheckEnabledAsync_AnyOf_PassesWhenOneIsOnAndAllOfFailsOnTheFirstOff()
    {
        _world.Set(_tenantId, FitSaaS.Forms.FormsFeatures.Enabled, "true");
        using var _ = _currentTenant.Change(_tenantId);

        await _world.Checker.CheckEnabledAsync(false, [FitSaaS.Messaging.MessagingFeatures.Enabled, FitSaaS.Forms.FormsFeatures.Enabled]);
        var exception = await Should.ThrowAsync<BusinessException>(() =>
            _world.Checker.CheckEnabledAsync(true, [FitSaaS.Forms.FormsFeatures.Enabled, FitSaaS.Messaging.MessagingFeatures.Enabled]));

        exception.Details["feature"].ShouldBe(FitSaaS.Messaging.MessagingFeatures.Enabled);
    }

    [Fact]
    public async Task Host_IsNeverRestricted()
    {
        _world.Set(_tenantId, TestFeatureDefinitionProvider.Enabled, "false");

        (await _world.Checker.IsEnabledAsync(FitSaaS.Messaging.MessagingFeatures.Enabled)).ShouldBeTrue();
        (await _world.Checker.GetIntAsync(IdentityFeatures.MaxMembers)).ShouldBe(FeatureDefinition.Unlimited);
        await _world.Checker.CheckEnabledAsync(true, [TestFeatureDefinitionProvider.Enabled]);
        await _world.Checker.CheckQuotaAsync(BookingsFeatures.MaxLocations, 1_000_000);
    }

    [Fact]
    public async Task CheckQuotaAsync_AtTheLimit_ThrowsQuotaExceededWithLimitAndCurrent()
    {
        _world.Set(_tenantId, BookingsFeatures.MaxLocations, "2");
        using var _ = _currentTenant.Change(_tenantId);

        await _world.Checker.CheckQuotaAsync(BookingsFeatures.MaxLocations, 1);
        var exception = await Should.ThrowAsync<BusinessException>(() => _world.Checker.CheckQuotaAsync(BookingsFeatures.MaxLocations, 2));

        exception.Code.ShouldBe(FeatureErrorCodes.QuotaExceeded);
        exception.Details["limit"].ShouldBe(2);
        exception.Details["current"].ShouldBe(2L);
        exception.Details["feature"].ShouldBe(BookingsFeatures.MaxLocations);
    }

    [Fact]
    public async Task GetAllAsync_TwoTenants_EachSeesOnlyItsOwnValues()
    {
        var other = Guid.NewGuid();
        _world.Set(_tenantId, BookingsFeatures.MaxLocations, "1");
        _world.Set(other, BookingsFeatures.MaxLocations, "7");

        IReadOnlyDictionary<string, string> mine;
        IReadOnlyDictionary<string, string> theirs;
        using (_currentTenant.Change(_tenantId))
        {
            mine = await _world.Checker.GetAllAsync();
        }

        using (_currentTenant.Change(other))
        {
            theirs = await _world.Checker.GetAllAsync();
        }

        mine[BookingsFeatures.MaxLocations].ShouldBe("1");
        theirs[BookingsFeatures.MaxLocations].ShouldBe("7");
        mine.Count.ShouldBe(_world.Definitions.Definitions.Count);
    }
}
