using FitSaaS.Framework.Application;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Identity;
using FitSaaS.Programs;
using FitSaaS.Testing;

namespace FitSaaS.Application.Tests.Programs;

public abstract class WorkoutAppServiceTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : WorkoutAppServiceTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : WorkoutAppServiceTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    private readonly ProgrammingScenario _scenario = new(fixture);

    [Fact]
    public async Task GetListAsync_Benchmarks_AreTheFifteenSeededGlobalWorkouts()
    {
        var tenant = await fixture.CreateTenantAsync();
        var member = await fixture.CreateUserAsync(tenant.Id, "bench-member", IdentityConsts.MemberRole);

        var page = await _scenario.AsMemberAsync<IWorkoutAppService, PagedResultDto<WorkoutDto>>(tenant, member, s => s.GetListAsync(
            new GetWorkoutListInput { IsBenchmark = true, OnlyCustom = false, MaxResultCount = 100 }));

        page.TotalCount.ShouldBe(BenchmarkWorkoutLibrary.All.Count);
        page.Items.Select(w => w.Title).ShouldContain("Fran");
        page.Items.ShouldAllBe(w => !w.IsCustom && w.IsBenchmark && w.Version == 1);
        var fran = page.Items.Single(w => w.Title == "Fran");
        fran.ScoringType.ShouldBe(ScoringType.ForTime);
        var section = fran.Sections.ShouldHaveSingleItem();
        section.Movements.ShouldHaveSingleItem().ExerciseName.ShouldBe("Pullups");
        section.Notes!.ShouldContain("thrusters");
        fran.HasScaledLevel.ShouldBeTrue();
        var cindy = page.Items.Single(w => w.Title == "Cindy");
        cindy.ScoringType.ShouldBe(ScoringType.AmrapRoundsReps);
        cindy.TimeCapSeconds.ShouldBe(1200);
        cindy.Sections[0].Movements.Select(m => m.ExerciseName).ShouldBe(["Pullups", "Pushups", "Bodyweight Squat"]);
    }

    [Fact]
    public async Task CopyAsync_Benchmark_BecomesTheTenantsOwnLinkedToTheBenchmark()
    {
        var tenant = await fixture.CreateTenantAsync();
        var fran = (await _scenario.AsAdminAsync<IWorkoutAppService, PagedResultDto<WorkoutDto>>(tenant, s => s.GetListAsync(
            new GetWorkoutListInput { Filter = "fran", IsBenchmark = true }))).Items.Single(w => w.Title == "Fran");

        var copy = await _scenario.AsAdminAsync<IWorkoutAppService, WorkoutDto>(tenant, s => s.CopyAsync(fran.Id, new CopyWorkoutDto { Title = "Our Fran" }));

        copy.IsCustom.ShouldBeTrue();
        copy.Title.ShouldBe("Our Fran");
        copy.BenchmarkWorkoutId.ShouldBe(fran.Id);
        copy.Version.ShouldBe(1);
        copy.Sections.Count.ShouldBe(fran.Sections.Count);
        copy.Sections[0].Notes.ShouldBe(fran.Sections[0].Notes);
        copy.Sections[0].Movements[0].ExerciseId.ShouldBe(fran.Sections[0].Movements[0].ExerciseId);
        var update = await Should.ThrowAsync<BusinessException>(() => _scenario.AsAdminAsync<IWorkoutAppService, WorkoutDto>(
            tenant, async s => await s.UpdateAsync(fran.Id, ToUpdate(await _scenario.NewWorkoutAsync(tenant, "Mine")))));
        update.Code.ShouldBe(ProgramsErrorCodes.GlobalWorkoutReadOnly);
    }

    [Fact]
    public async Task UpdateAsync_EveryEdit_IncrementsTheVersion()
    {
        var tenant = await fixture.CreateTenantAsync();
        var created = await _scenario.CreateWorkoutAsync(tenant, "Squat Day");

        var edited = await _scenario.AsAdminAsync<IWorkoutAppService, WorkoutDto>(tenant, async s => await s.UpdateAsync(created.Id, ToUpdate(await _scenario.NewWorkoutAsync(tenant, "Squat Day v2", scaled: false))));
        var again = await _scenario.AsAdminAsync<IWorkoutAppService, WorkoutDto>(tenant, async s => await s.UpdateAsync(created.Id, ToUpdate(await _scenario.NewWorkoutAsync(tenant, "Squat Day v3"))));

        created.Version.ShouldBe(1);
        created.HasScaledLevel.ShouldBeTrue();
        created.Sections[0].Movements[0].ExerciseName.ShouldBe("Barbell Squat");
        created.Sections[0].Movements[0].Rx!.RepScheme.ShouldBe("5-5-3-3-1");
        edited.Version.ShouldBe(2);
        edited.HasScaledLevel.ShouldBeFalse();
        again.Version.ShouldBe(3);
        (await _scenario.AsAdminAsync<IWorkoutAppService, WorkoutDto>(tenant, s => s.GetAsync(created.Id))).Title.ShouldBe("Squat Day v3");
    }

    [Fact]
    public async Task CreateAsync_UnknownExercise_FailsWithUnknownExercise()
    {
        var tenant = await fixture.CreateTenantAsync();
        var input = await _scenario.NewWorkoutAsync(tenant, "Ghost");
        var bad = new CreateWorkoutDto
        {
            Title = input.Title, ScoringType = input.ScoringType, TimeCapSeconds = input.TimeCapSeconds,
            Sections = [new WorkoutSectionDto { Kind = WorkoutSectionKind.Skill, Movements = [new WorkoutMovementDto { ExerciseId = Guid.NewGuid(), Rx = new MovementPrescriptionDto() }] }],
        };

        var exception = await Should.ThrowAsync<BusinessException>(() => _scenario.AsAdminAsync<IWorkoutAppService, WorkoutDto>(tenant, s => s.CreateAsync(bad)));

        exception.Code.ShouldBe(ProgramsErrorCodes.UnknownExercise);
    }

    [Fact]
    public async Task CreateAsync_AmrapWithoutCap_IsAValidationErrorOnTheTimeCap()
    {
        var tenant = await fixture.CreateTenantAsync();
        var squat = await _scenario.ExerciseIdAsync(tenant, "Barbell Squat");

        var exception = await Should.ThrowAsync<FitSaaSValidationException>(() => _scenario.AsAdminAsync<IWorkoutAppService, WorkoutDto>(tenant, s => s.CreateAsync(new CreateWorkoutDto
        {
            Title = "Bad AMRAP",
            ScoringType = ScoringType.AmrapRoundsReps,
            Sections = [new WorkoutSectionDto { Kind = WorkoutSectionKind.Conditioning, Movements = [new WorkoutMovementDto { ExerciseId = squat, Rx = new MovementPrescriptionDto { Reps = 10 } }] }],
        })));

        exception.Errors.Keys.ShouldContain(k => k.Equals("timeCapSeconds", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task CreateAsync_NegativeLoad_IsAValidationErrorOnTheNestedField()
    {
        var tenant = await fixture.CreateTenantAsync();
        var squat = await _scenario.ExerciseIdAsync(tenant, "Barbell Squat");

        var exception = await Should.ThrowAsync<FitSaaSValidationException>(() => _scenario.AsAdminAsync<IWorkoutAppService, WorkoutDto>(tenant, s => s.CreateAsync(new CreateWorkoutDto
        {
            Title = "Negative",
            ScoringType = ScoringType.Load,
            Sections = [new WorkoutSectionDto { Kind = WorkoutSectionKind.Strength, Movements = [new WorkoutMovementDto { ExerciseId = squat, Rx = new MovementPrescriptionDto { LoadKg = -5m } }] }],
        })));

        exception.Errors.Keys.ShouldContain(k => k.EndsWith("rx.loadKg", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Workouts_OfAnotherTenant_AreInvisibleAndUntouchable()
    {
        var tenantA = await fixture.CreateTenantAsync();
        var tenantB = await fixture.CreateTenantAsync();
        var created = await _scenario.CreateWorkoutAsync(tenantA, "A's secret");

        await Should.ThrowAsync<EntityNotFoundException>(() => _scenario.AsAdminAsync<IWorkoutAppService, WorkoutDto>(tenantB, s => s.GetAsync(created.Id)));
        await Should.ThrowAsync<EntityNotFoundException>(() => _scenario.AsAdminAsync<IWorkoutAppService, WorkoutDto>(tenantB, s => s.CopyAsync(created.Id, new CopyWorkoutDto())));
        var listB = await _scenario.AsAdminAsync<IWorkoutAppService, PagedResultDto<WorkoutDto>>(tenantB, s => s.GetListAsync(new GetWorkoutListInput { OnlyCustom = true }));
        listB.TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task CreateAsync_Member_IsForbidden()
    {
        var tenant = await fixture.CreateTenantAsync();
        var member = await fixture.CreateUserAsync(tenant.Id, "wod-member", IdentityConsts.MemberRole);
        var input = await _scenario.NewWorkoutAsync(tenant, "Member's own");

        await Should.ThrowAsync<AuthorizationException>(() => _scenario.AsMemberAsync<IWorkoutAppService, WorkoutDto>(tenant, member, s => s.CreateAsync(input)));
    }

    private static UpdateWorkoutDto ToUpdate(CreateWorkoutDto input) => new()
    {
        Title = input.Title,
        Description = input.Description,
        Sections = input.Sections,
        ScoringType = input.ScoringType,
        TimeCapSeconds = input.TimeCapSeconds,
        IsBenchmark = input.IsBenchmark,
    };
}
