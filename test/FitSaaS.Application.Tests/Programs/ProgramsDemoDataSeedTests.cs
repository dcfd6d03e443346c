using FitSaaS.Bookings;
using FitSaaS.Framework.Application;
using FitSaaS.Framework.Data;
using FitSaaS.Identity;
using FitSaaS.Programs;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.Programs;

/// <summary>The demo tenant's programming: tracks with published days, results ranked on leaderboards, PRs, body weights and goals — seeded once.</summary>
public abstract class ProgramsDemoDataSeedTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : ProgramsDemoDataSeedTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : ProgramsDemoDataSeedTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    private readonly ProgrammingScenario _scenario = new(fixture);

    [Fact]
    public async Task SeedAsync_DemoDataTwice_SeedsTracksDaysResultsPersonalRecordsAndGoalsOnce()
    {
        var tenant = await fixture.CreateTenantAsync();

        var members = await SeedDemoAsync(tenant);
        var tracksAfterFirst = await TracksAsync(tenant);
        var main = tracksAfterFirst.Items.Single(t => t.Name == ProgramsDemoDataSeedContributor.MainTrackName);
        var daysAfterFirst = await DaysAsync(tenant, main.Id);
        var resultsAfterFirst = await ResultsAsync(tenant, members[0]);
        await SeedDemoAsync(tenant);

        var tracks = await TracksAsync(tenant);
        tracks.Items.Select(t => t.Name).ShouldBe([ProgramsDemoDataSeedContributor.MainTrackName, ProgramsDemoDataSeedContributor.BarbellTrackName], ignoreOrder: true);
        tracks.Items.Select(t => t.Id).ShouldBe(tracksAfterFirst.Items.Select(t => t.Id), ignoreOrder: true);
        var days = await DaysAsync(tenant, main.Id);
        days.Select(d => (d.Id, d.PublishedVersion)).ShouldBe(daysAfterFirst.Select(d => (d.Id, d.PublishedVersion)), ignoreOrder: true);
        days.Select(d => d.Date).Distinct().Count().ShouldBe(ProgramsDemoDataSeedContributor.PastDays + 1 + ProgramsDemoDataSeedContributor.DaysAhead);
        days.ShouldContain(d => d.PublishedVersion == 2);
        (await ResultsAsync(tenant, members[0])).Count.ShouldBe(resultsAfterFirst.Count);

        var barbell = tracks.Items.Single(t => t.Name == ProgramsDemoDataSeedContributor.BarbellTrackName);
        (await DaysAsync(tenant, barbell.Id)).Count.ShouldBe(12);
        var templates = await _scenario.AsAdminAsync<IProgramTemplateAppService, PagedResultDto<ProgramTemplateDto>>(tenant, s => s.GetListAsync(new PagedResultRequestDto()));
        templates.Items.ShouldHaveSingleItem().Name.ShouldBe(ProgramsDemoDataSeedContributor.TemplateName);
    }

    [Fact]
    public async Task SeedAsync_DemoData_RanksAPastDay_FlagsPersonalRecords_AndTracksAGoal()
    {
        var tenant = await fixture.CreateTenantAsync();

        var members = await SeedDemoAsync(tenant);

        var main = (await TracksAsync(tenant)).Items.Single(t => t.Name == ProgramsDemoDataSeedContributor.MainTrackName);
        var days = await DaysAsync(tenant, main.Id);
        var past = days.Where(d => d.Workout.ScoringType == ScoringType.ForTime && d.Workout.TimeCapSeconds is not null).OrderBy(d => d.Date).First();
        var boards = await _scenario.AsAdminAsync<ILeaderboardAppService, IReadOnlyList<LeaderboardDto>>(
            tenant, s => s.GetListAsync(new GetLeaderboardListInput { PublishedWorkoutId = past.Id }));
        var entries = boards.SelectMany(b => b.Entries).ToList();
        entries.Select(e => e.MemberId).Distinct().Count().ShouldBe(ProgramsDemoDataSeedContributor.MembersWithResults);
        entries.Select(e => e.Division).Distinct().ShouldBe([WorkoutDivision.Rx, WorkoutDivision.Scaled], ignoreOrder: true);
        foreach (var board in boards.Where(b => b.Entries.Count > 0))
        {
            board.Entries.Select(e => e.Rank).First().ShouldBe(1);
            board.Entries.Select(e => e.Rank).ShouldBeInOrder();
        }

        entries.ShouldContain(e => e.Score.Capped);

        // Member 0: PRs for the benchmark and the back squat; the back-dated 1RM is the current PR, last week's 115 kg no longer one.
        var records = await _scenario.AsAdminAsync<IPersonalRecordAppService, IReadOnlyList<WorkoutResultDto>>(
            tenant, s => s.GetListAsync(new GetPersonalRecordListInput { MemberId = members[0] }));
        records.ShouldContain(r => r.Title == "Fran");
        var oneRepMax = records.Single(r => r.RepMax == 1);
        oneRepMax.Score.Value.ShouldBe(117.5m);
        var history = await _scenario.AsAdminAsync<IPersonalRecordAppService, IReadOnlyList<WorkoutResultDto>>(
            tenant, s => s.GetHistoryAsync(new GetPersonalRecordHistoryInput { MemberId = members[0], ExerciseId = oneRepMax.ExerciseId, RepMax = 1, Division = WorkoutDivision.Rx }));
        history.Select(r => r.Score.Value).ShouldContain(110m);
        history.Select(r => r.Score.Value).ShouldNotContain(115m);

        // Member 1's body-weight goal: 91 kg six weeks ago, 88 kg now, aiming at 85 kg.
        var goals = await _scenario.AsAdminAsync<IGoalAppService, PagedResultDto<GoalDto>>(tenant, s => s.GetListAsync(new GetGoalListInput { MemberId = members[1] }));
        var goal = goals.Items.ShouldHaveSingleItem();
        goal.Kind.ShouldBe(GoalKind.BodyMetric);
        goal.CurrentValue.ShouldBe(88m);
        goal.TargetValue.ShouldBe(85m);
        goal.IsAchieved.ShouldBeFalse();
    }

    private Task<PagedResultDto<TrackDto>> TracksAsync(TestTenant tenant) =>
        _scenario.AsAdminAsync<ITrackAppService, PagedResultDto<TrackDto>>(tenant, s => s.GetListAsync(new GetTrackListInput()));

    private async Task<List<PublishedWorkoutDto>> DaysAsync(TestTenant tenant, Guid trackId) =>
        [.. await _scenario.AsAdminAsync<ITrackAppService, IReadOnlyList<PublishedWorkoutDto>>(
            tenant, s => s.GetDaysAsync(trackId, new GetTrackDaysInput { From = ProgrammingScenario.TodayUtc.AddDays(-20), To = ProgrammingScenario.TodayUtc.AddDays(40) }))];

    private async Task<List<WorkoutResultDto>> ResultsAsync(TestTenant tenant, Guid memberId) =>
        [.. (await _scenario.AsAdminAsync<IWorkoutResultAppService, PagedResultDto<WorkoutResultDto>>(
            tenant, s => s.GetListAsync(new GetWorkoutResultListInput { MemberId = memberId, MaxResultCount = 100 }))).Items];

    private async Task<IReadOnlyList<Guid>> SeedDemoAsync(TestTenant tenant)
    {
        await using var scope = fixture.CreateScope();
        var context = new DataSeedContext(tenant.Id) { IncludeDemoData = true };
        await scope.ServiceProvider.GetRequiredService<IDataSeeder>().SeedAsync(context);
        return (IReadOnlyList<Guid>)context.Properties[IdentityConsts.DemoMemberIdsSeedProperty]!;
    }
}
