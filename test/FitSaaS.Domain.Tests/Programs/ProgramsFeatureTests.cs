using FitSaaS.Domain.Tests.FeatureManagement;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Programs;

namespace FitSaaS.Domain.Tests.Programs;

public sealed class ProgramsFeatureTests
{
    private readonly CurrentTenant _currentTenant = new(new CurrentTenantAccessor());
    private readonly FeatureTestWorld _world;
    private readonly Guid _tenantId = Guid.NewGuid();

    public ProgramsFeatureTests() => _world = new FeatureTestWorld(_currentTenant, typeof(ProgramsFeatureDefinitionProvider));

    [Fact]
    public async Task ProgramsEnabled_IsOnByDefault_AndOffForATenantThatTurnsItOff()
    {
        _world.Definitions.Get(ProgramsFeatures.Enabled).ValueType.ShouldBe(FeatureValueType.Toggle);
        using (_currentTenant.Change(_tenantId))
        {
            (await _world.Checker.IsEnabledAsync(ProgramsFeatures.Enabled)).ShouldBeTrue();
        }

        _world.Set(_tenantId, ProgramsFeatures.Enabled, "false");
        using var _ = _currentTenant.Change(_tenantId);
        var exception = await Should.ThrowAsync<BusinessException>(() => _world.Checker.CheckEnabledAsync(true, [ProgramsFeatures.Enabled]));

        exception.Code.ShouldBe(FeatureErrorCodes.NotEnabled);
        exception.Details["feature"].ShouldBe(ProgramsFeatures.Enabled);
    }
}
