using FitSaaS.Framework.Application;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Identity;
using FitSaaS.Programs;
using FitSaaS.Testing;

namespace FitSaaS.Application.Tests.Programs;

public abstract class ProgrammingAppServiceTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : ProgrammingAppServiceTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : ProgrammingAppServiceTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    private static readonly TimeZoneInfo s_newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    private readonly ProgrammingScenario _scenario = new(fixture);

    [Fact]
    public async Task DeletingALocationOrClassTypeATrackUses_IsRefused_UntilTheTrackIsDeleted()
    {
        var tenant = await fixture.CreateTenantAsync();
        var location = await _scenario.AsAdminAsync<FitSaaS.Bookings.ILocationAppService, FitSaaS.Bookings.LocationDto>(
            tenant, s => s.CreateAsync(new FitSaaS.Bookings.CreateLocationDto { Name = "Annex", TimeZoneId = "Europe/Berlin" }));
        var classType = await _scenario.AsAdminAsync<FitSaaS.Bookings.IClassTypeAppService, FitSaaS.Bookings.ClassTypeDto>(
            tenant, s => s.CreateAsync(new FitSaaS.Bookings.CreateClassTypeDto { Name = "Barbell club", DefaultCapacity = 8, DurationMinutes = 60 }));
        var track = await _scenario.AsAdminAsync<ITrackAppService, TrackDto>(tenant, s => s.CreateAsync(
            new CreateTrackDto { Name = "Barbell", LocationId = location.Id, ClassTypeIds = [classType.Id] }));

        var locationInUse = await Should.ThrowAsync<BusinessException>(() =>
            _scenario.AsAdminAsync<FitSaaS.Bookings.ILocationAppService, bool>(tenant, async s => { await s.DeleteAsync(location.Id); return true; }));
        var classTypeInUse = await Should.ThrowAsync<BusinessException>(() =>
            _scenario.AsAdminAsync<FitSaaS.Bookings.IClassTypeAppService, bool>(tenant, async s => { await s.DeleteAsync(classType.Id); return true; }));
        await _scenario.AsAdminAsync<ITrackAppService, bool>(tenant, async s => { await s.DeleteAsync(track.Id); return true; });
        await _scenario.AsAdminAsync<FitSaaS.Bookings.IClassTypeAppService, bool>(tenant, async s => { await s.DeleteAsync(classType.Id); return true; });
        await _scenario.AsAdminAsync<FitSaaS.Bookings.ILocationAppService, bool>(tenant, async s => { await s.DeleteAsync(location.Id); return true; });

        locationInUse.Code.ShouldBe(FitSaaS.Bookings.BookingsErrorCodes.LocationInUse);
        Convert.ToString(locationInUse.Details["referencedBy"], System.Globalization.CultureInfo.InvariantCulture).ShouldBe("tracks");
        classTypeInUse.Code.ShouldBe(FitSaaS.Bookings.BookingsErrorCodes.ClassTypeInUse);
        var remaining = await _scenario.AsAdminAsync<FitSaaS.Bookings.ILocationAppService, PagedResultDto<FitSaaS.Bookings.LocationDto>>(
            tenant, s => s.GetListAsync(new FitSaaS.Bookings.GetLocationListInput()));
        remaining.Items.ShouldNotContain(l => l.Id == location.Id);
    }

    [Fact]
    public async Task PublishAsync_DefaultPublishTime_IsSixPmTheDayBeforeInTheLocationsZone_MembersSeeItOnlyFromThen()
    {
        var (gym, track) = await _scenario.CreateGymWithTrackAsync();
        var workout = await _scenario.CreateWorkoutAsync(gym.Tenant, "Future day");
        var past = await _scenario.CreateWorkoutAsync(gym.Tenant, "Past day");
        var member = await fixture.CreateUserAsync(gym.Tenant.Id, "track-member", IdentityConsts.MemberRole);
        var future = ProgrammingScenario.TodayUtc.AddDays(10);
        var earlier = ProgrammingScenario.TodayUtc.AddDays(-5);

        var published = await _scenario.PublishAsync(gym.Tenant, track.Id, future, workout.Id);
        await _scenario.PublishAsync(gym.Tenant, track.Id, earlier, past.Id);

        var expected = TimeZoneInfo.ConvertTimeToUtc(future.AddDays(-1).ToDateTime(new TimeOnly(18, 0)), s_newYork);
        published.VisibleFromUtc.ShouldBe(expected);
        published.PublishedVersion.ShouldBe(1);
        published.Workout.Title.ShouldBe("Future day");
        published.Workout.WorkoutVersion.ShouldBe(1);
        var range = new GetTrackDaysInput { From = earlier, To = future };
        var staffDays = await _scenario.AsAdminAsync<ITrackAppService, IReadOnlyList<PublishedWorkoutDto>>(gym.Tenant, s => s.GetDaysAsync(track.Id, range));
        var memberDays = await _scenario.AsMemberAsync<ITrackAppService, IReadOnlyList<PublishedWorkoutDto>>(gym.Tenant, member, s => s.GetDaysAsync(track.Id, range));
        staffDays.Select(d => d.Date).ShouldBe([earlier, future]);
        memberDays.Select(d => d.Date).ShouldBe([earlier]);
    }

    [Fact]
    public async Task PublishAsync_AfterTheWorkoutChanged_AddsVersionTwoAndKeepsVersionOneAsItWas()
    {
        var (gym, track) = await _scenario.CreateGymWithTrackAsync();
        var workout = await _scenario.CreateWorkoutAsync(gym.Tenant, "Original");
        var date = ProgrammingScenario.TodayUtc.AddDays(3);
        var first = await _scenario.PublishAsync(gym.Tenant, track.Id, date, workout.Id);
        var edit = await _scenario.NewWorkoutAsync(gym.Tenant, "Edited", scaled: false);
        await _scenario.AsAdminAsync<IWorkoutAppService, WorkoutDto>(gym.Tenant, s => s.UpdateAsync(workout.Id, new UpdateWorkoutDto
        {
            Title = edit.Title, Sections = edit.Sections, ScoringType = ScoringType.Load,
        }));

        var second = await _scenario.PublishAsync(gym.Tenant, track.Id, date, workout.Id);

        second.PublishedVersion.ShouldBe(2);
        second.Id.ShouldNotBe(first.Id);
        second.Workout.Title.ShouldBe("Edited");
        second.Workout.WorkoutVersion.ShouldBe(2);
        second.Workout.ScoringType.ShouldBe(ScoringType.Load);
        var versions = await _scenario.AsAdminAsync<ITrackAppService, IReadOnlyList<PublishedWorkoutDto>>(gym.Tenant, s => s.GetVersionsAsync(track.Id, new GetTrackVersionsInput { Date = date }));
        versions.Select(v => v.PublishedVersion).ShouldBe([1, 2]);
        versions[0].Id.ShouldBe(first.Id);
        versions[0].Workout.Title.ShouldBe("Original");
        versions[0].Workout.ScoringType.ShouldBe(ScoringType.ForTime);
        versions[0].Workout.TimeCapSeconds.ShouldBe(900);
        versions[0].Workout.HasScaledLevel.ShouldBeTrue();
        var days = await _scenario.AsAdminAsync<ITrackAppService, IReadOnlyList<PublishedWorkoutDto>>(gym.Tenant, s => s.GetDaysAsync(track.Id, new GetTrackDaysInput { From = date, To = date }));
        days.ShouldHaveSingleItem().Id.ShouldBe(second.Id);
    }

    [Fact]
    public async Task UnpublishAsync_KeepsTheVersionsMarked_AndTheDayIsEmpty()
    {
        var (gym, track) = await _scenario.CreateGymWithTrackAsync();
        var workout = await _scenario.CreateWorkoutAsync(gym.Tenant, "Gone soon");
        var date = ProgrammingScenario.TodayUtc.AddDays(4);
        await _scenario.PublishAsync(gym.Tenant, track.Id, date, workout.Id);

        await _scenario.AsAdminAsync<ITrackAppService, bool>(gym.Tenant, async s => { await s.UnpublishAsync(track.Id, new UnpublishWorkoutDto { Date = date }); return true; });

        var days = await _scenario.AsAdminAsync<ITrackAppService, IReadOnlyList<PublishedWorkoutDto>>(gym.Tenant, s => s.GetDaysAsync(track.Id, new GetTrackDaysInput { From = date, To = date }));
        days.ShouldBeEmpty();
        var versions = await _scenario.AsAdminAsync<ITrackAppService, IReadOnlyList<PublishedWorkoutDto>>(gym.Tenant, s => s.GetVersionsAsync(track.Id, new GetTrackVersionsInput { Date = date }));
        versions.ShouldHaveSingleItem().IsUnpublished.ShouldBeTrue();
        var again = await Should.ThrowAsync<BusinessException>(() => _scenario.AsAdminAsync<ITrackAppService, bool>(gym.Tenant, async s => { await s.UnpublishAsync(track.Id, new UnpublishWorkoutDto { Date = date }); return true; }));
        again.Code.ShouldBe(ProgramsErrorCodes.DayNotPublished);
        var republished = await _scenario.PublishAsync(gym.Tenant, track.Id, date, workout.Id);
        republished.PublishedVersion.ShouldBe(2);
    }

    [Fact]
    public async Task CreateAsync_LocationOfAnotherTenant_FailsWithLocationNotFound()
    {
        var (gymA, _) = await _scenario.CreateGymWithTrackAsync();
        var tenantB = await fixture.CreateTenantAsync();

        var exception = await Should.ThrowAsync<BusinessException>(() => _scenario.AsAdminAsync<ITrackAppService, TrackDto>(tenantB, s => s.CreateAsync(
            new CreateTrackDto { Name = "Stolen", LocationId = gymA.Location.Id })));

        exception.Code.ShouldBe(ProgramsErrorCodes.LocationNotFound);
    }

    [Fact]
    public async Task Tracks_OfAnotherTenant_AreNotFound_AndMembersCannotPublish()
    {
        var (gym, track) = await _scenario.CreateGymWithTrackAsync();
        var workout = await _scenario.CreateWorkoutAsync(gym.Tenant, "Mine");
        var tenantB = await fixture.CreateTenantAsync();
        var member = await fixture.CreateUserAsync(gym.Tenant.Id, "publisher-wannabe", IdentityConsts.MemberRole);
        var date = ProgrammingScenario.TodayUtc;

        await Should.ThrowAsync<EntityNotFoundException>(() => _scenario.AsAdminAsync<ITrackAppService, TrackDto>(tenantB, s => s.GetAsync(track.Id)));
        await Should.ThrowAsync<EntityNotFoundException>(() => _scenario.PublishAsync(tenantB, track.Id, date, workout.Id));
        await Should.ThrowAsync<AuthorizationException>(() => _scenario.AsMemberAsync<ITrackAppService, PublishedWorkoutDto>(gym.Tenant, member, s => s.PublishAsync(track.Id, new PublishWorkoutDto { Date = date, WorkoutId = workout.Id })));
        var foreign = await _scenario.CreateWorkoutAsync(tenantB, "B's");
        var notFound = await Should.ThrowAsync<BusinessException>(() => _scenario.PublishAsync(gym.Tenant, track.Id, date, foreign.Id));
        notFound.Code.ShouldBe(ProgramsErrorCodes.WorkoutNotFound);
    }

    [Fact]
    public async Task ApplyAsync_PublishesSkipsAndFailsPerDay_AndReapplyingSkipsEverything()
    {
        var (gym, track) = await _scenario.CreateGymWithTrackAsync();
        var a = await _scenario.CreateWorkoutAsync(gym.Tenant, "Week A");
        var b = await _scenario.CreateWorkoutAsync(gym.Tenant, "Week B");
        var doomed = await _scenario.CreateWorkoutAsync(gym.Tenant, "Deleted later");
        var template = await _scenario.AsAdminAsync<IProgramTemplateAppService, ProgramTemplateDto>(gym.Tenant, s => s.CreateAsync(new CreateProgramTemplateDto
        {
            Name = "Four weeks",
            Weeks = 4,
            Days =
            [
                new ProgramTemplateDayDto { DayOffset = 9, WorkoutId = b.Id },
                new ProgramTemplateDayDto { DayOffset = 0, WorkoutId = a.Id },
                new ProgramTemplateDayDto { DayOffset = 2, WorkoutId = a.Id },
                new ProgramTemplateDayDto { DayOffset = 27, WorkoutId = doomed.Id },
            ],
        }));
        await _scenario.AsAdminAsync<IWorkoutAppService, bool>(gym.Tenant, async s => { await s.DeleteAsync(doomed.Id); return true; });
        var start = ProgrammingScenario.TodayUtc.AddDays(1);
        var existing = await _scenario.PublishAsync(gym.Tenant, track.Id, start.AddDays(2), b.Id);
        var apply = new ApplyProgramTemplateDto { TrackId = track.Id, StartDate = start };

        var first = await _scenario.AsAdminAsync<IProgramTemplateAppService, ApplyProgramTemplateResultDto>(gym.Tenant, s => s.ApplyAsync(template.Id, apply));
        var second = await _scenario.AsAdminAsync<IProgramTemplateAppService, ApplyProgramTemplateResultDto>(gym.Tenant, s => s.ApplyAsync(template.Id, apply));

        first.Days.Select(d => (d.DayOffset, d.Status)).ShouldBe(
            [(0, ProgramTemplateDayStatus.Published), (2, ProgramTemplateDayStatus.Skipped), (9, ProgramTemplateDayStatus.Published), (27, ProgramTemplateDayStatus.Failed)]);
        first.Days[1].PublishedWorkoutId.ShouldBe(existing.Id);
        first.Days[3].ErrorCode.ShouldBe(ProgramsErrorCodes.WorkoutNotFound);
        first.Days[2].Date.ShouldBe(start.AddDays(9));
        second.Days.Take(3).ShouldAllBe(d => d.Status == ProgramTemplateDayStatus.Skipped);
        second.Days.Take(3).Select(d => d.PublishedWorkoutId).ShouldBe(first.Days.Take(3).Select(d => d.PublishedWorkoutId));
        var days = await _scenario.AsAdminAsync<ITrackAppService, IReadOnlyList<PublishedWorkoutDto>>(gym.Tenant, s => s.GetDaysAsync(track.Id, new GetTrackDaysInput { From = start, To = start.AddDays(27) }));
        days.Select(d => (d.Date, d.Workout.Title, d.PublishedVersion)).ShouldBe([(start, "Week A", 1), (start.AddDays(2), "Week B", 1), (start.AddDays(9), "Week B", 1)]);
    }

    [Fact]
    public async Task GetWorkoutAsync_ClassSession_ShowsItsTracksWorkout_MembersOnlyOnceVisible()
    {
        var (gym, track) = await _scenario.CreateGymWithTrackAsync();
        var workout = await _scenario.CreateWorkoutAsync(gym.Tenant, "Session WOD");
        var member = await fixture.CreateUserAsync(gym.Tenant.Id, "session-member", IdentityConsts.MemberRole);
        var date = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(gym.Session.StartsAtUtc, s_newYork));
        await _scenario.PublishAsync(gym.Tenant, track.Id, date, workout.Id);

        var staff = await _scenario.AsAdminAsync<IClassSessionWorkoutAppService, ClassSessionWorkoutDto>(gym.Tenant, s => s.GetWorkoutAsync(gym.Session.Id));
        var hidden = await Should.ThrowAsync<BusinessException>(() => _scenario.AsMemberAsync<IClassSessionWorkoutAppService, ClassSessionWorkoutDto>(gym.Tenant, member, s => s.GetWorkoutAsync(gym.Session.Id)));
        await _scenario.PublishAsync(gym.Tenant, track.Id, date, workout.Id, visibleFromUtc: DateTime.UtcNow.AddHours(-1));
        var visible = await _scenario.AsMemberAsync<IClassSessionWorkoutAppService, ClassSessionWorkoutDto>(gym.Tenant, member, s => s.GetWorkoutAsync(gym.Session.Id));

        staff.TrackId.ShouldBe(track.Id);
        staff.Published.Workout.Title.ShouldBe("Session WOD");
        hidden.Code.ShouldBe(ProgramsErrorCodes.NoWorkoutForClassSession);
        visible.Published.PublishedVersion.ShouldBe(2);
        visible.Published.Date.ShouldBe(date);
    }

    [Fact]
    public async Task Assignments_MemberSeesOwn_CoachSeesTheGridWithoutCompletion()
    {
        var tenant = await fixture.CreateTenantAsync();
        var coach = await fixture.CreateUserAsync(tenant.Id, "coach-1", IdentityConsts.StaffRole);
        var member = await fixture.CreateUserAsync(tenant.Id, "client-1", IdentityConsts.MemberRole);
        var other = await fixture.CreateUserAsync(tenant.Id, "client-2", IdentityConsts.MemberRole);
        var workout = await _scenario.CreateWorkoutAsync(tenant, "PT session");
        var monday = ProgrammingScenario.TodayUtc;

        var created = await _scenario.Bookings.AsAsync<IWorkoutAssignmentAppService, IReadOnlyList<WorkoutAssignmentDto>>(tenant.Id, coach, IdentityConsts.StaffRole, s => s.CreateAsync(
            new CreateWorkoutAssignmentsDto { MemberId = member, WorkoutId = workout.Id, Dates = [monday.AddDays(2), monday], Notes = "Go light" }));

        created.Select(a => a.Date).ShouldBe([monday, monday.AddDays(2)]);
        created.ShouldAllBe(a => a.CoachId == coach && a.MemberId == member && a.Workout.Title == "PT session" && a.Notes == "Go light");
        var range = new GetWorkoutAssignmentRangeInput { From = monday, To = monday.AddDays(6) };
        var mine = await _scenario.AsMemberAsync<IWorkoutAssignmentAppService, IReadOnlyList<WorkoutAssignmentDto>>(tenant, member, s => s.GetMyListAsync(range));
        var theirs = await _scenario.AsMemberAsync<IWorkoutAssignmentAppService, IReadOnlyList<WorkoutAssignmentDto>>(tenant, other, s => s.GetMyListAsync(range));
        mine.Select(a => a.Id).ShouldBe(created.Select(a => a.Id));
        theirs.ShouldBeEmpty();
        await Should.ThrowAsync<EntityNotFoundException>(() => _scenario.AsMemberAsync<IWorkoutAssignmentAppService, WorkoutAssignmentDto>(tenant, other, s => s.GetAsync(created[0].Id)));
        await Should.ThrowAsync<AuthorizationException>(() => _scenario.AsMemberAsync<IWorkoutAssignmentAppService, CoachingGridDto>(tenant, member, s => s.GetGridAsync(range)));
        var grid = await _scenario.Bookings.AsAsync<IWorkoutAssignmentAppService, CoachingGridDto>(tenant.Id, coach, IdentityConsts.StaffRole, s => s.GetGridAsync(range));
        var row = grid.Rows.ShouldHaveSingleItem();
        row.MemberId.ShouldBe(member);
        row.Cells.Select(c => c.Date).ShouldBe([monday, monday.AddDays(2)]);
        row.Cells.ShouldAllBe(c => !c.IsCompleted && c.Title == "PT session");
    }

    [Fact]
    public async Task CreateAsync_TemplateForAMember_AssignsEachDay_UnknownMemberFails()
    {
        var tenant = await fixture.CreateTenantAsync();
        var member = await fixture.CreateUserAsync(tenant.Id, "plan-member", IdentityConsts.MemberRole);
        var workout = await _scenario.CreateWorkoutAsync(tenant, "Plan day");
        var template = await _scenario.AsAdminAsync<IProgramTemplateAppService, ProgramTemplateDto>(tenant, s => s.CreateAsync(new CreateProgramTemplateDto
        {
            Name = "Plan", Weeks = 1, Days = [new ProgramTemplateDayDto { DayOffset = 0, WorkoutId = workout.Id }, new ProgramTemplateDayDto { DayOffset = 3, WorkoutId = workout.Id }],
        }));
        var start = ProgrammingScenario.TodayUtc;

        var created = await _scenario.AsAdminAsync<IWorkoutAssignmentAppService, IReadOnlyList<WorkoutAssignmentDto>>(tenant, s => s.CreateAsync(
            new CreateWorkoutAssignmentsDto { MemberId = member, ProgramTemplateId = template.Id, StartDate = start }));
        var unknown = await Should.ThrowAsync<BusinessException>(() => _scenario.AsAdminAsync<IWorkoutAssignmentAppService, IReadOnlyList<WorkoutAssignmentDto>>(tenant, s => s.CreateAsync(
            new CreateWorkoutAssignmentsDto { MemberId = Guid.NewGuid(), WorkoutId = workout.Id, Dates = [start] })));

        created.Select(a => a.Date).ShouldBe([start, start.AddDays(3)]);
        created.ShouldAllBe(a => a.ProgramTemplateId == template.Id);
        unknown.Code.ShouldBe(ProgramsErrorCodes.MemberNotFound);
    }

    [Fact]
    public async Task GetDaysAsync_RangeTooLongOrReversed_FailsWithInvalidDateRange()
    {
        var (gym, track) = await _scenario.CreateGymWithTrackAsync();
        var today = ProgrammingScenario.TodayUtc;

        var reversed = await Should.ThrowAsync<BusinessException>(() => _scenario.AsAdminAsync<ITrackAppService, IReadOnlyList<PublishedWorkoutDto>>(gym.Tenant, s => s.GetDaysAsync(track.Id, new GetTrackDaysInput { From = today, To = today.AddDays(-1) })));
        var tooLong = await Should.ThrowAsync<BusinessException>(() => _scenario.AsAdminAsync<ITrackAppService, IReadOnlyList<PublishedWorkoutDto>>(gym.Tenant, s => s.GetDaysAsync(track.Id, new GetTrackDaysInput { From = today, To = today.AddDays(ProgrammingConsts.MaxDateRangeDays) })));

        reversed.Code.ShouldBe(ProgramsErrorCodes.InvalidDateRange);
        tooLong.Code.ShouldBe(ProgramsErrorCodes.InvalidDateRange);
    }
}
