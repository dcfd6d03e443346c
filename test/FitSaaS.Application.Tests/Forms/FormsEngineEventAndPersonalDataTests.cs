using FitSaaS.Application.Tests.FeatureManagement;
using FitSaaS.Billing;
using FitSaaS.Forms;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Events.Distributed;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.PersonalData;
using FitSaaS.Framework.Uow;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;
using static FitSaaS.Application.Tests.Forms.FormsEngineScenario;

namespace FitSaaS.Application.Tests.Forms;

/// <summary>Automatic issue on Billing's membership event (idempotent) and the forms engine's personal data handler.</summary>
public abstract class FormsEngineEventAndPersonalDataTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : FormsEngineEventAndPersonalDataTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : FormsEngineEventAndPersonalDataTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    private readonly FormsEngineScenario _scenario = new(fixture);

    [Fact]
    public async Task MembershipBecameActive_DeliveredTwice_IssuesEachFlaggedFormOnce()
    {
        var gym = await _scenario.NewGymAsync();
        var (onboarding, _) = await _scenario.PublishedFormAsync(gym, "Onboarding", issueOnActivation: true, FormPurpose.Onboarding);
        var (checkIn, _) = await _scenario.PublishedFormAsync(gym, "Check-in", issueOnActivation: true, FormPurpose.CheckIn);
        await _scenario.PublishedFormAsync(gym, "Not flagged");
        await _scenario.AsCoachAsync<IFormAppService, FormDto>(gym, s => s.CreateAsync(new CreateFormDto { Name = "Flagged draft", Fields = HealthFields, IssueOnMembershipActivation = true }));
        var activated = new MembershipStatusChangedEto
        {
            MembershipId = Guid.NewGuid(), MemberUserId = gym.MemberA, PlanId = Guid.NewGuid(), PreviousStatus = MembershipStatus.Pending,
            Status = MembershipStatus.Active, OccurredAtUtc = DateTime.UtcNow,
        };

        await HandleAsync(gym, activated);
        await HandleAsync(gym, activated);
        await HandleAsync(gym, new MembershipStatusChangedEto
        {
            MembershipId = Guid.NewGuid(), MemberUserId = gym.MemberB, PlanId = Guid.NewGuid(), PreviousStatus = null, Status = MembershipStatus.Pending, OccurredAtUtc = DateTime.UtcNow,
        });
        await HandleAsync(gym, new MembershipStatusChangedEto
        {
            MembershipId = Guid.NewGuid(), MemberUserId = gym.MemberB, PlanId = Guid.NewGuid(), PreviousStatus = MembershipStatus.PastDue, Status = MembershipStatus.Active, OccurredAtUtc = DateTime.UtcNow,
        });

        var pending = await _scenario.AsMemberAsync<IIssuedFormAppService, IReadOnlyList<IssuedFormDto>>(gym, gym.MemberA, s => s.GetPendingAsync());
        pending.Select(p => p.FormId).ShouldBe([onboarding.Id, checkIn.Id], ignoreOrder: true);
        pending.ShouldAllBe(p => p.Source == IssuedFormSource.MembershipActivated && p.IssuedByUserId == null && p.Status == IssuedFormStatus.Pending);
        (await _scenario.AsMemberAsync<IIssuedFormAppService, IReadOnlyList<IssuedFormDto>>(gym, gym.MemberB, s => s.GetPendingAsync())).ShouldBeEmpty();
        (await _scenario.AsCoachAsync<IIssuedFormAppService, PagedResultDto<IssuedFormDto>>(gym, s => s.GetListAsync(new GetIssuedFormListInput()))).TotalCount.ShouldBe(2);
    }

    [Fact]
    public async Task MembershipBecameActive_FormsFeatureOff_IssuesNothing()
    {
        var gym = await _scenario.NewGymAsync();
        var features = new FeatureScenario(fixture);
        await _scenario.PublishedFormAsync(gym, "Onboarding", issueOnActivation: true, FormPurpose.Onboarding);
        await features.SetOverridesAsync(gym.Tenant, (FormsFeatures.Enabled, "false"));

        await HandleAsync(gym, new MembershipStatusChangedEto
        {
            MembershipId = Guid.NewGuid(), MemberUserId = gym.MemberA, PlanId = Guid.NewGuid(), Status = MembershipStatus.Active, OccurredAtUtc = DateTime.UtcNow,
        });

        await features.SetOverridesAsync(gym.Tenant, (FormsFeatures.Enabled, null));
        (await _scenario.AsMemberAsync<IIssuedFormAppService, IReadOnlyList<IssuedFormDto>>(gym, gym.MemberA, s => s.GetPendingAsync())).ShouldBeEmpty();
    }

    [Fact]
    public async Task PersonalData_ExportsSubmissionsWithLabelsAndIssuedForms_EraseDeletesThemOnly()
    {
        var gym = await _scenario.NewGymAsync();
        var (form, v1) = await _scenario.PublishedFormAsync(gym);
        await _scenario.AsCoachAsync<IIssuedFormAppService, IssuedFormDto>(gym, s => s.CreateAsync(new IssueFormDto { FormId = form.Id, MemberId = gym.MemberA }));
        var mine = await _scenario.AsMemberAsync<IFormSubmissionAppService, FormSubmissionDto>(gym, gym.MemberA, s => s.CreateAsync(new CreateFormSubmissionDto
        {
            FormId = form.Id, FormVersionId = v1.Id, Answers = ValidHealthAnswers,
        }));
        var theirs = await _scenario.AsMemberAsync<IFormSubmissionAppService, FormSubmissionDto>(gym, gym.MemberB, s => s.CreateAsync(new CreateFormSubmissionDto
        {
            FormId = form.Id, FormVersionId = v1.Id, Answers = ValidHealthAnswers,
        }));

        var export = System.Text.Json.JsonSerializer.Serialize(await InTenantAsync(gym, h => h.ExportAsync(gym.MemberA)));
        var erased = await InTenantAsync(gym, h => h.EraseAsync(gym.MemberA));
        var again = await InTenantAsync(gym, h => h.EraseAsync(gym.MemberA));
        var afterExport = await InTenantAsync(gym, h => h.ExportAsync(gym.MemberA));

        export.ShouldContain(mine.Id.ToString());
        export.ShouldContain("Heart condition?");
        export.ShouldContain("Bad knee.");
        export.ShouldContain("\"Completed\"");
        export.ShouldNotContain(theirs.Id.ToString());
        erased.ShouldBe(new PersonalDataErasureResult(2, 0, 0, null));
        again.ShouldBe(PersonalDataErasureResult.Nothing);
        afterExport.ShouldBeNull();
        var left = await _scenario.AsCoachAsync<IFormSubmissionAppService, PagedResultDto<FormSubmissionDto>>(gym, s => s.GetListAsync(new GetFormSubmissionListInput()));
        left.Items.ShouldHaveSingleItem().Id.ShouldBe(theirs.Id);
        (await _scenario.AsCoachAsync<IIssuedFormAppService, PagedResultDto<IssuedFormDto>>(gym, s => s.GetListAsync(new GetIssuedFormListInput()))).TotalCount.ShouldBe(0);
    }

    [Fact]
    public void PersonalDataHandler_IsRegistered_WithItsArea()
    {
        using var scope = fixture.CreateScope();
        scope.ServiceProvider.GetServices<IPersonalDataHandler>().OfType<FormsPersonalDataHandler>().ShouldHaveSingleItem().Area.ShouldBe("Forms.Submissions");
    }

    private async Task HandleAsync(Gym gym, MembershipStatusChangedEto eventData)
    {
        using var _ = fixture.Services.GetRequiredService<ICurrentTenant>().Change(gym.Tenant.Id);
        await using var scope = fixture.CreateScope();
        var handler = scope.ServiceProvider.GetServices<IDistributedEventHandler<MembershipStatusChangedEto>>().OfType<MembershipActivatedFormIssuer>().Single();
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
        await handler.HandleEventAsync(eventData);
        await unitOfWork.CompleteAsync();
    }

    private async Task<T> InTenantAsync<T>(Gym gym, Func<IPersonalDataHandler, Task<T>> action)
    {
        using var _ = fixture.Services.GetRequiredService<ICurrentTenant>().Change(gym.Tenant.Id);
        await using var scope = fixture.CreateScope();
        var handler = scope.ServiceProvider.GetServices<IPersonalDataHandler>().OfType<FormsPersonalDataHandler>().Single();
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
        var result = await action(handler);
        await unitOfWork.CompleteAsync();
        return result;
    }
}
