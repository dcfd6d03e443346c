using FitSaaS.Forms;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Data;
using FitSaaS.Identity;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.Forms;

/// <summary>The demo tenant's forms: an onboarding form and a health questionnaire published, submissions and a pending issue — seeded once.</summary>
public abstract class FormsDemoDataSeedTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : FormsDemoDataSeedTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : FormsDemoDataSeedTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    private readonly FormsEngineScenario _scenario = new(fixture);

    [Fact]
    public async Task SeedAsync_DemoDataTwice_PublishesTheFormsWithSubmissionsOnce()
    {
        var tenant = await fixture.CreateTenantAsync();

        var members = await SeedDemoAsync(tenant);
        await SeedDemoAsync(tenant);

        var forms = await AsAdminAsync<IFormAppService, PagedResultDto<FormDto>>(tenant, s => s.GetListAsync(new GetFormListInput()));
        forms.Items.Select(f => f.Name).ShouldBe([FormsDemoDataSeedContributor.HealthFormName, FormsDemoDataSeedContributor.OnboardingFormName], ignoreOrder: true);
        var onboarding = forms.Items.Single(f => f.Name == FormsDemoDataSeedContributor.OnboardingFormName);
        var health = forms.Items.Single(f => f.Name == FormsDemoDataSeedContributor.HealthFormName);
        (onboarding.Purpose, onboarding.LatestVersionNumber, onboarding.IssueOnMembershipActivation).ShouldBe((FormPurpose.Onboarding, 1, true));
        (health.Purpose, health.LatestVersionNumber, health.HasUnpublishedChanges).ShouldBe((FormPurpose.HealthQuestionnaire, 2, false));

        var submissions = await AsAdminAsync<IFormSubmissionAppService, PagedResultDto<FormSubmissionDto>>(tenant, s => s.GetListAsync(new GetFormSubmissionListInput { MaxResultCount = 100 }));
        submissions.Items.Count(s => s.FormId == onboarding.Id).ShouldBe(FormsDemoDataSeedContributor.OnboardingSubmissions);
        submissions.Items.ShouldContain(s => s.FormId == health.Id && s.VersionNumber == 2 && s.MemberId == members[0]);
        submissions.Items.ShouldContain(s => s.Status == FormSubmissionStatus.Approved);
        var pending = await _scenario.AsMemberAsync<IIssuedFormAppService, IReadOnlyList<IssuedFormDto>>(
            new FormsEngineScenario.Gym(tenant, members[FormsDemoDataSeedContributor.OnboardingSubmissions], Guid.Empty, Guid.Empty),
            members[FormsDemoDataSeedContributor.OnboardingSubmissions], s => s.GetPendingAsync());
        pending.ShouldHaveSingleItem().FormVersionId.ShouldBe(health.LatestVersionId);
    }

    private Task<T> AsAdminAsync<TService, T>(TestTenant tenant, Func<TService, Task<T>> action)
        where TService : notnull => _scenario.AsAsync(tenant.Id, tenant.AdminUserId, IdentityConsts.AdminRole, action);

    private async Task<IReadOnlyList<Guid>> SeedDemoAsync(TestTenant tenant)
    {
        await using var scope = fixture.CreateScope();
        var context = new DataSeedContext(tenant.Id) { IncludeDemoData = true };
        await scope.ServiceProvider.GetRequiredService<IDataSeeder>().SeedAsync(context);
        return (IReadOnlyList<Guid>)context.Properties[IdentityConsts.DemoMemberIdsSeedProperty]!;
    }
}
