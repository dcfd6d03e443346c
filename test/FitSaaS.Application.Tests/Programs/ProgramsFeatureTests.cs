using FitSaaS.Application.Tests.FeatureManagement;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using FitSaaS.Identity;
using FitSaaS.Programs;
using FitSaaS.Testing;

namespace FitSaaS.Application.Tests.Programs;

/// <summary>The Programs feature (<see cref="ProgramsFeatures.Enabled"/>) closes every exercise service of a tenant that has it off.</summary>

public abstract class ProgramsFeatureTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : ProgramsFeatureTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : ProgramsFeatureTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    private readonly FeatureScenario _scenario = new(fixture);

    [Fact]
    public async Task ProgramsDisabled_EveryCallerOfThatTenantIsRefused_OtherTenantsAndTheHostAreNot()
    {
        var closed = await fixture.CreateTenantAsync();
        var open = await fixture.CreateTenantAsync();
        await _scenario.SetOverridesAsync(closed, (ProgramsFeatures.Enabled, "false"));
        var memberId = await fixture.CreateUserAsync(closed.Id, "reader", IdentityConsts.MemberRole);
        var input = new GetExerciseListInput();

        var asAdmin = await Should.ThrowAsync<BusinessException>(() => _scenario.AsAdminAsync<IExerciseAppService, PagedResultDto<ExerciseDto>>(closed, s => s.GetListAsync(input)));
        var asMember = await Should.ThrowAsync<BusinessException>(() =>
            _scenario.AsAsync<IExerciseAppService, PagedResultDto<ExerciseDto>>(closed.Id, memberId, IdentityConsts.MemberRole, s => s.GetListAsync(input)));
        var byId = await Should.ThrowAsync<BusinessException>(() => _scenario.AsAdminAsync<IExerciseAppService, ExerciseDto>(closed, s => s.GetAsync(Guid.NewGuid())));
        var otherTenant = await _scenario.AsAdminAsync<IExerciseAppService, PagedResultDto<ExerciseDto>>(open, s => s.GetListAsync(input));
        var host = await _scenario.AsHostAsync<IExerciseAppService, PagedResultDto<ExerciseDto>>(s => s.GetListAsync(input));

        asAdmin.Code.ShouldBe(FeatureErrorCodes.NotEnabled);
        asAdmin.Details["feature"].ShouldBe(ProgramsFeatures.Enabled);
        asMember.Code.ShouldBe(FeatureErrorCodes.NotEnabled);
        byId.Code.ShouldBe(FeatureErrorCodes.NotEnabled);
        otherTenant.TotalCount.ShouldBeGreaterThan(0);
        host.TotalCount.ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task ProgramsReEnabled_OpensAgainAtOnce()
    {
        var tenant = await fixture.CreateTenantAsync();
        await _scenario.SetOverridesAsync(tenant, (ProgramsFeatures.Enabled, "false"));
        await Should.ThrowAsync<BusinessException>(() => _scenario.AsAdminAsync<IExerciseAppService, PagedResultDto<ExerciseDto>>(tenant, s => s.GetListAsync(new GetExerciseListInput())));

        await _scenario.SetOverridesAsync(tenant, (ProgramsFeatures.Enabled, null));

        (await _scenario.AsAdminAsync<IExerciseAppService, PagedResultDto<ExerciseDto>>(tenant, s => s.GetListAsync(new GetExerciseListInput()))).TotalCount.ShouldBeGreaterThan(0);
    }
}
