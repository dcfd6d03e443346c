using FitSaaS.Framework.Application;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Uow;
using FitSaaS.Identity;
using FitSaaS.Programs;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.Programs;

public sealed class WorkoutResultTargetResolverTests(FitSaaSApplicationFixture fixture) : IClassFixture<FitSaaSApplicationFixture>
{
    private readonly ProgrammingScenario _scenario = new(fixture);

    [Fact]
    public async Task ResolveAsync_VisiblePublication_CarriesTheSnapshotsScoringAndTrack()
    {
        var (gym, track) = await _scenario.CreateGymWithTrackAsync();
        var workout = await _scenario.CreateWorkoutAsync(gym.Tenant, "Resolved");
        var member = await fixture.CreateUserAsync(gym.Tenant.Id, "resolver-member", IdentityConsts.MemberRole);
        var date = ProgrammingScenario.TodayUtc.AddDays(-1);
        var published = await _scenario.PublishAsync(gym.Tenant, track.Id, date, workout.Id);

        var target = await ResolveAsync(gym.Tenant, member, new WorkoutResultTargetReference(published.Id, null, null));

        target.PublishedWorkoutId.ShouldBe(published.Id);
        target.WorkoutId.ShouldBe(workout.Id);
        target.WorkoutVersion.ShouldBe(1);
        target.PersonalRecordWorkoutId.ShouldBe(workout.Id);
        target.TrackId.ShouldBe(track.Id);
        target.Date.ShouldBe(date);
        target.ScoringType.ShouldBe(ScoringType.ForTime);
        target.TimeCapSeconds.ShouldBe(900);
        target.HasScaledLevel.ShouldBeTrue();
    }

    [Fact]
    public async Task ResolveAsync_PublicationNotVisibleYet_FailsWithWorkoutNotPublished()
    {
        var (gym, track) = await _scenario.CreateGymWithTrackAsync();
        var workout = await _scenario.CreateWorkoutAsync(gym.Tenant, "Tomorrow's");
        var member = await fixture.CreateUserAsync(gym.Tenant.Id, "early-member", IdentityConsts.MemberRole);
        var published = await _scenario.PublishAsync(gym.Tenant, track.Id, ProgrammingScenario.TodayUtc.AddDays(5), workout.Id);

        var exception = await Should.ThrowAsync<BusinessException>(() => ResolveAsync(gym.Tenant, member, new WorkoutResultTargetReference(published.Id, null, null)));

        exception.Code.ShouldBe(ProgramsErrorCodes.WorkoutNotPublished);
    }

    [Fact]
    public async Task ResolveAsync_AssignmentsAndReferences_FollowTheRules()
    {
        var tenant = await fixture.CreateTenantAsync();
        var member = await fixture.CreateUserAsync(tenant.Id, "assigned", IdentityConsts.MemberRole);
        var other = await fixture.CreateUserAsync(tenant.Id, "not-assigned", IdentityConsts.MemberRole);
        var workout = await _scenario.CreateWorkoutAsync(tenant, "Assigned");
        var assignment = (await _scenario.AsAdminAsync<IWorkoutAssignmentAppService, IReadOnlyList<WorkoutAssignmentDto>>(tenant, s => s.CreateAsync(
            new CreateWorkoutAssignmentsDto { MemberId = member, WorkoutId = workout.Id, Dates = [ProgrammingScenario.TodayUtc] }))).Single();
        var fran = (await _scenario.AsAdminAsync<IWorkoutAppService, PagedResultDto<WorkoutDto>>(tenant, s => s.GetListAsync(new GetWorkoutListInput { Filter = "Fran", IsBenchmark = true }))).Items.Single(w => w.Title == "Fran");
        var copy = await _scenario.AsAdminAsync<IWorkoutAppService, WorkoutDto>(tenant, s => s.CopyAsync(fran.Id, new CopyWorkoutDto()));

        var own = await ResolveAsync(tenant, member, new WorkoutResultTargetReference(null, assignment.Id, null));
        var foreign = await Should.ThrowAsync<BusinessException>(() => ResolveAsync(tenant, other, new WorkoutResultTargetReference(null, assignment.Id, null)));
        var two = await Should.ThrowAsync<BusinessException>(() => ResolveAsync(tenant, member, new WorkoutResultTargetReference(null, assignment.Id, workout.Id)));
        var none = await Should.ThrowAsync<BusinessException>(() => ResolveAsync(tenant, member, new WorkoutResultTargetReference(null, null, null)));
        var benchmark = await ResolveAsync(tenant, member, new WorkoutResultTargetReference(null, null, fran.Id));
        var copied = await ResolveAsync(tenant, member, new WorkoutResultTargetReference(null, null, copy.Id));
        await Should.ThrowAsync<EntityNotFoundException>(() => ResolveAsync(tenant, member, new WorkoutResultTargetReference(Guid.NewGuid(), null, null)));

        own.AssignmentId.ShouldBe(assignment.Id);
        own.Date.ShouldBe(ProgrammingScenario.TodayUtc);
        own.Title.ShouldBe("Assigned");
        foreign.Code.ShouldBe(ProgramsErrorCodes.AssignmentNotForMember);
        two.Code.ShouldBe(ProgramsErrorCodes.InvalidResultTarget);
        none.Code.ShouldBe(ProgramsErrorCodes.InvalidResultTarget);
        benchmark.PersonalRecordWorkoutId.ShouldBe(fran.Id);
        benchmark.Date.ShouldBeNull();
        copied.WorkoutId.ShouldBe(copy.Id);
        copied.PersonalRecordWorkoutId.ShouldBe(fran.Id);
    }

    private async Task<WorkoutResultTarget> ResolveAsync(TestTenant tenant, Guid memberId, WorkoutResultTargetReference reference)
    {
        using var _ = fixture.RunAs(tenant.Id, memberId, "resolver", IdentityConsts.MemberRole);
        await using var scope = fixture.CreateScope();
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync(cancellationToken: TestContext.Current.CancellationToken);
        var target = await scope.ServiceProvider.GetRequiredService<IWorkoutResultTargetResolver>().ResolveAsync(reference, memberId, TestContext.Current.CancellationToken);
        await unitOfWork.CompleteAsync(TestContext.Current.CancellationToken);
        return target;
    }
}
