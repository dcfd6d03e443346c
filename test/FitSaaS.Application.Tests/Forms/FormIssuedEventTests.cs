using FitSaaS.Application.Tests.EventBus;
using FitSaaS.Billing;
using FitSaaS.Forms;
using FitSaaS.Framework.Events.Distributed;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.Forms;

/// <summary><c>Forms.FormIssued.v1</c>: one event per issued form, whether staff issue it or a membership's activation does.</summary>
public abstract class FormIssuedEventTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : FormIssuedEventTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : FormIssuedEventTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    private readonly FormsEngineScenario _scenario = new(fixture);

    [Fact]
    public async Task StaffIssueAForm_OneEvent_IssuingTheOpenFormAgainPublishesNothing()
    {
        var gym = await _scenario.NewGymAsync();
        var (form, _) = await _scenario.PublishedFormAsync(gym, "Liability waiver", purpose: FormPurpose.General);
        var due = new DateOnly(2031, 3, 1);

        var issued = await _scenario.AsCoachAsync<IIssuedFormAppService, IssuedFormDto>(gym, s => s.CreateAsync(new IssueFormDto { FormId = form.Id, MemberId = gym.MemberA, DueDate = due }));
        var again = await _scenario.AsCoachAsync<IIssuedFormAppService, IssuedFormDto>(gym, s => s.CreateAsync(new IssueFormDto { FormId = form.Id, MemberId = gym.MemberA }));

        again.Id.ShouldBe(issued.Id);
        var single = (await EventsAsync(gym)).ShouldHaveSingleItem();
        single.IssuedFormId.ShouldBe(issued.Id);
        single.FormId.ShouldBe(form.Id);
        single.FormTitle.ShouldBe("Liability waiver");
        single.MemberUserId.ShouldBe(gym.MemberA);
        single.Source.ShouldBe(IssuedFormSource.Manual);
        single.MembershipId.ShouldBeNull();
        single.DueDate.ShouldBe(due);
        single.IssuedAtUtc.ShouldBe(issued.IssuedAt, TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task MembershipActivation_DeliveredTwice_OneEventPerFlaggedForm()
    {
        var gym = await _scenario.NewGymAsync();
        var (onboarding, _) = await _scenario.PublishedFormAsync(gym, "Onboarding", issueOnActivation: true, FormPurpose.Onboarding);
        var activated = new MembershipStatusChangedEto
        {
            MembershipId = Guid.NewGuid(), MemberUserId = gym.MemberB, PlanId = Guid.NewGuid(), PreviousStatus = MembershipStatus.Pending,
            Status = MembershipStatus.Active, OccurredAtUtc = DateTime.UtcNow,
        };

        await ActivateAsync(gym, activated);
        await ActivateAsync(gym, activated);

        var single = (await EventsAsync(gym)).ShouldHaveSingleItem();
        single.FormId.ShouldBe(onboarding.Id);
        single.MemberUserId.ShouldBe(gym.MemberB);
        single.Source.ShouldBe(IssuedFormSource.MembershipActivated);
        single.MembershipId.ShouldBe(activated.MembershipId);
    }

    private Task<List<FormIssuedEto>> EventsAsync(FormsEngineScenario.Gym gym) => OutboxEvents.ReadAsync<FormIssuedEto>(fixture, gym.Tenant.Id, "Forms.FormIssued.v1");

    private async Task ActivateAsync(FormsEngineScenario.Gym gym, MembershipStatusChangedEto eventData)
    {
        using var _ = fixture.Services.GetRequiredService<ICurrentTenant>().Change(gym.Tenant.Id);
        await using var scope = fixture.CreateScope();
        var handler = scope.ServiceProvider.GetServices<IDistributedEventHandler<MembershipStatusChangedEto>>().OfType<MembershipActivatedFormIssuer>().Single();
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync();
        await handler.HandleEventAsync(eventData);
        await unitOfWork.CompleteAsync();
    }
}
