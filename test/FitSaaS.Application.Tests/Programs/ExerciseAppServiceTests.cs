using FitSaaS.Framework.Data;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Uow;
using FitSaaS.Identity;
using FitSaaS.Programs;
using FitSaaS.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Application.Tests.Programs;

public abstract class ExerciseAppServiceTests(FitSaaSApplicationFixture fixture)
{
    public sealed class InProcess(FitSaaSApplicationFixture fixture) : ExerciseAppServiceTests(fixture), IClassFixture<FitSaaSApplicationFixture>;

    public sealed class ThroughProxies(FitSaaSProxyApplicationFixture fixture) : ExerciseAppServiceTests(fixture), IClassFixture<FitSaaSProxyApplicationFixture>;

    private const int LibrarySize = 873;

    [Fact]
    public async Task GetListAsync_HostAfterSeed_SeesTheWholeGlobalLibrary()
    {
        var hostAdmin = await fixture.GetHostAdminIdAsync();

        var page = await AsAsync(null, hostAdmin, IdentityConsts.AdminRole, s => s.GetListAsync(new GetExerciseListInput { MaxResultCount = 1 }));

        page.TotalCount.ShouldBe(LibrarySize);
        page.Items.ShouldHaveSingleItem().IsCustom.ShouldBeFalse();
    }

    [Fact]
    public async Task SeedAsync_HostSeededAgain_AddsAndChangesNothing()
    {
        var before = await GetGlobalSquatAsync();

        await using (var scope = fixture.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<IDataSeeder>().SeedAsync(new DataSeedContext(null), TestContext.Current.CancellationToken);
        }

        int added;
        await using (var scope = fixture.CreateScope())
        {
            await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync(cancellationToken: TestContext.Current.CancellationToken);
            added = await scope.ServiceProvider.GetRequiredService<ExerciseLibraryImporter>().ImportEmbeddedAsync(TestContext.Current.CancellationToken);
            await unitOfWork.CompleteAsync(TestContext.Current.CancellationToken);
        }

        added.ShouldBe(0);
        (await CountGlobalAsync()).ShouldBe(LibrarySize);
        var after = await GetGlobalSquatAsync();
        after.Id.ShouldBe(before.Id);
        after.Name.ShouldBe(before.Name);
    }

    [Fact]
    public async Task SeedAsync_TenantSeed_CopiesNoExercisesIntoTheTenant()
    {
        var tenant = await fixture.CreateTenantAsync();

        var custom = await AsAdminAsync(tenant, s => s.GetListAsync(new GetExerciseListInput { OnlyCustom = true }));
        var all = await AsAdminAsync(tenant, s => s.GetListAsync(new GetExerciseListInput { MaxResultCount = 1 }));

        custom.TotalCount.ShouldBe(0);
        all.TotalCount.ShouldBe(LibrarySize);
    }

    [Fact]
    public async Task GetListAsync_TextAndMuscle_ReturnsFirstPageOfMatchesByName()
    {
        var tenant = await fixture.CreateTenantAsync();
        var member = await fixture.CreateUserAsync(tenant.Id, "member1", IdentityConsts.MemberRole);

        var page = await AsAsync(tenant.Id, member, IdentityConsts.MemberRole, s => s.GetListAsync(
            new GetExerciseListInput { Filter = "SQUAT", Muscle = Muscle.Quadriceps, MaxResultCount = 5 }));

        page.TotalCount.ShouldBe(52);
        page.Items.Count.ShouldBe(5);
        page.Items.ShouldAllBe(e => e.Name.Contains("squat", StringComparison.OrdinalIgnoreCase) && e.PrimaryMuscles.Contains(Muscle.Quadriceps));
        page.Items.Select(e => e.Name).ShouldBe(page.Items.Select(e => e.Name).OrderBy(n => n.ToUpperInvariant(), StringComparer.Ordinal));
    }

    [Fact]
    public async Task GetListAsync_IncludeSecondaryMuscles_AlsoMatchesSecondaryMuscles()
    {
        var tenant = await fixture.CreateTenantAsync();

        var primaryOnly = await AsAdminAsync(tenant, s => s.GetListAsync(new GetExerciseListInput { Filter = "squat", Muscle = Muscle.Quadriceps }));
        var both = await AsAdminAsync(tenant, s => s.GetListAsync(
            new GetExerciseListInput { Filter = "squat", Muscle = Muscle.Quadriceps, IncludeSecondaryMuscles = true }));

        primaryOnly.TotalCount.ShouldBe(52);
        both.TotalCount.ShouldBe(55);
    }

    [Fact]
    public async Task GetListAsync_MuscleWithSpaceInSourceName_Matches()
    {
        var tenant = await fixture.CreateTenantAsync();

        var page = await AsAdminAsync(tenant, s => s.GetListAsync(new GetExerciseListInput { Muscle = Muscle.LowerBack, MaxResultCount = 100 }));

        page.TotalCount.ShouldBeGreaterThan(0);
        page.Items.ShouldAllBe(e => e.PrimaryMuscles.Contains(Muscle.LowerBack));
    }

    [Fact]
    public async Task GetListAsync_EquipmentCategoryAndLevel_FilterExactly()
    {
        var tenant = await fixture.CreateTenantAsync();

        var kettlebells = await AsAdminAsync(tenant, s => s.GetListAsync(new GetExerciseListInput { Equipment = ExerciseEquipment.Kettlebells }));
        var cardio = await AsAdminAsync(tenant, s => s.GetListAsync(new GetExerciseListInput { Category = ExerciseCategory.Cardio, MaxResultCount = 100 }));
        var olympic = await AsAdminAsync(tenant, s => s.GetListAsync(new GetExerciseListInput { Category = ExerciseCategory.OlympicWeightlifting }));
        var expertStrength = await AsAdminAsync(tenant, s => s.GetListAsync(
            new GetExerciseListInput { Category = ExerciseCategory.Strength, Level = ExerciseLevel.Expert, MaxResultCount = 100 }));

        kettlebells.TotalCount.ShouldBe(53);
        cardio.TotalCount.ShouldBe(14);
        cardio.Items.Count.ShouldBe(14);
        cardio.Items.ShouldAllBe(e => e.Category == ExerciseCategory.Cardio);
        olympic.TotalCount.ShouldBe(35);
        expertStrength.Items.ShouldAllBe(e => e.Category == ExerciseCategory.Strength && e.Level == ExerciseLevel.Expert);
    }

    [Fact]
    public async Task GetListAsync_Paging_PagesDoNotOverlapAndCoverTheMatches()
    {
        var tenant = await fixture.CreateTenantAsync();
        var input = (int skip) => new GetExerciseListInput { Category = ExerciseCategory.Cardio, SkipCount = skip, MaxResultCount = 5 };

        var first = await AsAdminAsync(tenant, s => s.GetListAsync(input(0)));
        var second = await AsAdminAsync(tenant, s => s.GetListAsync(input(5)));
        var third = await AsAdminAsync(tenant, s => s.GetListAsync(input(10)));

        new[] { first, second, third }.ShouldAllBe(p => p.TotalCount == 14);
        third.Items.Count.ShouldBe(4);
        var ids = first.Items.Concat(second.Items).Concat(third.Items).Select(e => e.Id).ToList();
        ids.Distinct().Count().ShouldBe(14);
    }

    [Fact]
    public async Task GetListAsync_SortingNameDesc_ReturnsReverseOrder()
    {
        var tenant = await fixture.CreateTenantAsync();

        var ascending = await AsAdminAsync(tenant, s => s.GetListAsync(new GetExerciseListInput { Category = ExerciseCategory.Strongman, MaxResultCount = 100 }));
        var descending = await AsAdminAsync(tenant, s => s.GetListAsync(
            new GetExerciseListInput { Category = ExerciseCategory.Strongman, Sorting = "name desc", MaxResultCount = 100 }));

        descending.Items.Select(e => e.Id).ShouldBe(ascending.Items.Select(e => e.Id).Reverse());
    }

    [Fact]
    public async Task GetListAsync_SortingByCategory_GroupsCategories()
    {
        var tenant = await fixture.CreateTenantAsync();

        var page = await AsAdminAsync(tenant, s => s.GetListAsync(
            new GetExerciseListInput { Filter = "press", Sorting = "category", MaxResultCount = 1000 }));

        var categories = page.Items.Select(e => e.Category.ToString()).ToList();
        categories.ShouldBe(categories.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task GetListAsync_SortingNotWhitelisted_ThrowsValidationException()
    {
        var tenant = await fixture.CreateTenantAsync();

        var exception = await Should.ThrowAsync<FitSaaSValidationException>(() =>
            AsAdminAsync(tenant, s => s.GetListAsync(new GetExerciseListInput { Sorting = "instructions" })));

        exception.Errors.Keys.ShouldContain("sorting");
    }

    [Fact]
    public async Task CreateAsync_TenantAdmin_ExerciseIsVisibleToThatTenantOnly()
    {
        var tenantA = await fixture.CreateTenantAsync();
        var tenantB = await fixture.CreateTenantAsync();
        var hostAdmin = await fixture.GetHostAdminIdAsync();

        var created = await AsAdminAsync(tenantA, s => s.CreateAsync(NewExercise("Zebra Prowler Relay")));

        created.IsCustom.ShouldBeTrue();
        created.SourceId.ShouldBeNull();
        var searchA = await AsAdminAsync(tenantA, s => s.GetListAsync(new GetExerciseListInput { Filter = "zebra" }));
        searchA.Items.ShouldHaveSingleItem().Id.ShouldBe(created.Id);
        (await AsAdminAsync(tenantA, s => s.GetListAsync(new GetExerciseListInput()))).TotalCount.ShouldBe(LibrarySize + 1);
        (await AsAdminAsync(tenantA, s => s.GetAsync(created.Id))).Name.ShouldBe("Zebra Prowler Relay");
        (await AsAdminAsync(tenantB, s => s.GetListAsync(new GetExerciseListInput { Filter = "zebra" }))).TotalCount.ShouldBe(0);
        (await AsAdminAsync(tenantB, s => s.GetListAsync(new GetExerciseListInput()))).TotalCount.ShouldBe(LibrarySize);
        (await AsAsync(null, hostAdmin, IdentityConsts.AdminRole, s => s.GetListAsync(new GetExerciseListInput { Filter = "zebra" }))).TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task GetListAsync_OnlyCustom_SeparatesOwnFromGlobal()
    {
        var tenant = await fixture.CreateTenantAsync();
        await AsAdminAsync(tenant, s => s.CreateAsync(NewExercise("Sandbag Carry")));

        var custom = await AsAdminAsync(tenant, s => s.GetListAsync(new GetExerciseListInput { OnlyCustom = true }));
        var global = await AsAdminAsync(tenant, s => s.GetListAsync(new GetExerciseListInput { OnlyCustom = false }));

        custom.Items.ShouldHaveSingleItem().Name.ShouldBe("Sandbag Carry");
        global.TotalCount.ShouldBe(LibrarySize);
    }

    [Fact]
    public async Task GetUpdateDeleteAsync_OtherTenantsExercise_ThrowEntityNotFoundAndChangeNothing()
    {
        var tenantA = await fixture.CreateTenantAsync();
        var tenantB = await fixture.CreateTenantAsync();
        var created = await AsAdminAsync(tenantA, s => s.CreateAsync(NewExercise("Tire Flip Ladder")));

        await Should.ThrowAsync<EntityNotFoundException>(() => AsAdminAsync(tenantB, s => s.GetAsync(created.Id)));
        await Should.ThrowAsync<EntityNotFoundException>(() => AsAdminAsync(tenantB, s => s.UpdateAsync(created.Id, UpdateOf("Stolen"))));
        await Should.ThrowAsync<EntityNotFoundException>(() => AsAdminAsync(tenantB, async s =>
        {
            await s.DeleteAsync(created.Id);
            return 0;
        }));

        var unchanged = await AsAdminAsync(tenantA, s => s.GetAsync(created.Id));
        unchanged.Name.ShouldBe("Tire Flip Ladder");
    }

    [Fact]
    public async Task UpdateAndDeleteAsync_GlobalExerciseAsTenantAdmin_ThrowGlobalExerciseReadOnly()
    {
        var tenant = await fixture.CreateTenantAsync();
        var squat = await GetGlobalSquatAsync();

        var update = await Should.ThrowAsync<BusinessException>(() => AsAdminAsync(tenant, s => s.UpdateAsync(squat.Id, UpdateOf("My Squat"))));
        var delete = await Should.ThrowAsync<BusinessException>(() => AsAdminAsync(tenant, async s =>
        {
            await s.DeleteAsync(squat.Id);
            return 0;
        }));

        update.Code.ShouldBe(ProgramsErrorCodes.GlobalExerciseReadOnly);
        delete.Code.ShouldBe(ProgramsErrorCodes.GlobalExerciseReadOnly);
        var after = await AsAdminAsync(tenant, s => s.GetAsync(squat.Id));
        after.Name.ShouldBe("Barbell Squat");
        (await CountGlobalAsync()).ShouldBe(LibrarySize);
    }

    [Fact]
    public async Task UpdateAsync_GlobalExerciseAsHostAdmin_IsForbidden()
    {
        var hostAdmin = await fixture.GetHostAdminIdAsync();
        var squat = await GetGlobalSquatAsync();

        var exception = await Should.ThrowAsync<AuthorizationException>(() =>
            AsAsync(null, hostAdmin, IdentityConsts.AdminRole, s => s.UpdateAsync(squat.Id, UpdateOf("Host Squat"))));

        exception.Code.ShouldBe(AuthorizationException.ForbiddenCode);
        (await GetGlobalSquatAsync()).Name.ShouldBe("Barbell Squat");
    }

    [Fact]
    public async Task UpdateAsync_OwnExercise_ReplacesNameAndDetails()
    {
        var tenant = await fixture.CreateTenantAsync();
        var created = await AsAdminAsync(tenant, s => s.CreateAsync(NewExercise("Wall Ball Shot")));
        var update = new UpdateExerciseDto
        {
            Name = "Wall Ball",
            Category = ExerciseCategory.Plyometrics,
            Level = ExerciseLevel.Intermediate,
            Equipment = ExerciseEquipment.MedicineBall,
            PrimaryMuscles = [Muscle.Quadriceps, Muscle.Shoulders],
            Instructions = ["Squat.", "Throw."],
        };

        await AsAdminAsync(tenant, s => s.UpdateAsync(created.Id, update));

        var reloaded = await AsAdminAsync(tenant, s => s.GetAsync(created.Id));
        reloaded.Name.ShouldBe("Wall Ball");
        reloaded.Category.ShouldBe(ExerciseCategory.Plyometrics);
        reloaded.Equipment.ShouldBe(ExerciseEquipment.MedicineBall);
        reloaded.Force.ShouldBeNull();
        reloaded.PrimaryMuscles.ShouldBe([Muscle.Quadriceps, Muscle.Shoulders]);
        reloaded.Instructions.ShouldBe(["Squat.", "Throw."]);
        var byShoulders = await AsAdminAsync(tenant, s => s.GetListAsync(new GetExerciseListInput { Muscle = Muscle.Shoulders, OnlyCustom = true }));
        byShoulders.Items.ShouldHaveSingleItem().Id.ShouldBe(created.Id);
    }

    [Fact]
    public async Task DeleteAsync_OwnExercise_HidesItAndFreesTheName()
    {
        var tenant = await fixture.CreateTenantAsync();
        var created = await AsAdminAsync(tenant, s => s.CreateAsync(NewExercise("Rope Climb Drill")));

        await AsAdminAsync(tenant, async s =>
        {
            await s.DeleteAsync(created.Id);
            return 0;
        });

        await Should.ThrowAsync<EntityNotFoundException>(() => AsAdminAsync(tenant, s => s.GetAsync(created.Id)));
        (await AsAdminAsync(tenant, s => s.GetListAsync(new GetExerciseListInput { OnlyCustom = true }))).TotalCount.ShouldBe(0);
        var again = await AsAdminAsync(tenant, s => s.CreateAsync(NewExercise("Rope Climb Drill")));
        again.Id.ShouldNotBe(created.Id);
    }

    [Fact]
    public async Task CreateAsync_NameTakenInTenantIgnoringCaseAndSpaces_ThrowsDuplicateExerciseName()
    {
        var tenant = await fixture.CreateTenantAsync();
        var other = await fixture.CreateTenantAsync();
        await AsAdminAsync(tenant, s => s.CreateAsync(NewExercise("Farmer Carry Heavy")));

        var exception = await Should.ThrowAsync<BusinessException>(() => AsAdminAsync(tenant, s => s.CreateAsync(NewExercise("  farmer  CARRY heavy"))));

        exception.Code.ShouldBe(ProgramsErrorCodes.DuplicateExerciseName);
        (await AsAdminAsync(other, s => s.CreateAsync(NewExercise("Farmer Carry Heavy")))).IsCustom.ShouldBeTrue();
    }

    [Fact]
    public async Task CreateAsync_NameOfAGlobalExercise_IsAllowedAsTenantVariant()
    {
        var tenant = await fixture.CreateTenantAsync();

        var created = await AsAdminAsync(tenant, s => s.CreateAsync(NewExercise("Barbell Squat")));

        var matches = await AsAdminAsync(tenant, s => s.GetListAsync(new GetExerciseListInput { Filter = "barbell squat", MaxResultCount = 100 }));
        matches.Items.ShouldContain(e => e.Id == created.Id && e.IsCustom);
        matches.Items.ShouldContain(e => !e.IsCustom && e.Name == "Barbell Squat");
    }

    [Fact]
    public async Task UpdateAsync_RenameToAnotherOwnExercisesName_ThrowsDuplicateExerciseName()
    {
        var tenant = await fixture.CreateTenantAsync();
        await AsAdminAsync(tenant, s => s.CreateAsync(NewExercise("Box Step Over")));
        var second = await AsAdminAsync(tenant, s => s.CreateAsync(NewExercise("Box Jump Over")));

        var exception = await Should.ThrowAsync<BusinessException>(() => AsAdminAsync(tenant, s => s.UpdateAsync(second.Id, UpdateOf("box step over"))));
        var renamedToItself = await AsAdminAsync(tenant, s => s.UpdateAsync(second.Id, UpdateOf("BOX JUMP OVER")));

        exception.Code.ShouldBe(ProgramsErrorCodes.DuplicateExerciseName);
        renamedToItself.Name.ShouldBe("BOX JUMP OVER");
    }

    [Fact]
    public async Task CreateAsync_NoPrimaryMuscleOrBlankName_ThrowsValidationException()
    {
        var tenant = await fixture.CreateTenantAsync();
        var input = new CreateExerciseDto { Name = " ", Category = ExerciseCategory.Strength, Level = ExerciseLevel.Beginner, PrimaryMuscles = [] };

        var exception = await Should.ThrowAsync<FitSaaSValidationException>(() => AsAdminAsync(tenant, s => s.CreateAsync(input)));

        exception.Errors.Keys.ShouldContain("name");
        exception.Errors.Keys.ShouldContain("primaryMuscles");
    }

    [Fact]
    public async Task CreateAsync_Member_ThrowsForbiddenButMemberCanSearch()
    {
        var tenant = await fixture.CreateTenantAsync();
        var member = await fixture.CreateUserAsync(tenant.Id, "member2", IdentityConsts.MemberRole);

        var exception = await Should.ThrowAsync<AuthorizationException>(() =>
            AsAsync(tenant.Id, member, IdentityConsts.MemberRole, s => s.CreateAsync(NewExercise("Member Move"))));
        var page = await AsAsync(tenant.Id, member, IdentityConsts.MemberRole, s => s.GetListAsync(new GetExerciseListInput()));

        exception.Code.ShouldBe(AuthorizationException.ForbiddenCode);
        exception.PermissionName.ShouldBe(ProgramsPermissions.Exercises.Create);
        page.TotalCount.ShouldBe(LibrarySize);
    }

    [Fact]
    public async Task CreateAsync_Staff_IsAllowedByDefaultGrants()
    {
        var tenant = await fixture.CreateTenantAsync();
        var staff = await fixture.CreateUserAsync(tenant.Id, "coach1", IdentityConsts.StaffRole);

        var created = await AsAsync(tenant.Id, staff, IdentityConsts.StaffRole, s => s.CreateAsync(NewExercise("Coach Special")));

        created.IsCustom.ShouldBeTrue();
    }

    [Fact]
    public async Task GetListAsync_Anonymous_ThrowsUnauthenticated()
    {
        var tenant = await fixture.CreateTenantAsync();

        AuthorizationException exception;
        using (fixture.RunAsAnonymous(tenant.Id))
        {
            await using var scope = fixture.CreateScope();
            var service = scope.ServiceProvider.GetRequiredService<IExerciseAppService>();
            exception = await Should.ThrowAsync<AuthorizationException>(() => service.GetListAsync(new GetExerciseListInput()));
        }

        exception.Code.ShouldBe(AuthorizationException.UnauthenticatedCode);
    }

    private static CreateExerciseDto NewExercise(string name) => new()
    {
        Name = name,
        Category = ExerciseCategory.Strongman,
        Level = ExerciseLevel.Intermediate,
        Force = ExerciseForce.Push,
        Mechanic = ExerciseMechanic.Compound,
        Equipment = ExerciseEquipment.Other,
        PrimaryMuscles = [Muscle.Quadriceps],
        SecondaryMuscles = [Muscle.Glutes, Muscle.Calves],
        Instructions = ["Set up.", "Go hard."],
    };

    private static UpdateExerciseDto UpdateOf(string name) => new()
    {
        Name = name,
        Category = ExerciseCategory.Strongman,
        Level = ExerciseLevel.Expert,
        PrimaryMuscles = [Muscle.Quadriceps],
    };

    private Task<T> AsAdminAsync<T>(TestTenant tenant, Func<IExerciseAppService, Task<T>> action) =>
        AsAsync(tenant.Id, tenant.AdminUserId, IdentityConsts.AdminRole, action);

    private async Task<T> AsAsync<T>(Guid? tenantId, Guid userId, string role, Func<IExerciseAppService, Task<T>> action)
    {
        using var _ = fixture.RunAs(tenantId, userId, "test-user", role);
        await using var scope = fixture.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<IExerciseAppService>());
    }

    private async Task<Exercise> GetGlobalSquatAsync()
    {
        await using var scope = fixture.CreateScope();
        var repository = scope.ServiceProvider.GetRequiredService<IExerciseRepository>();
        var page = await repository.GetListAsync(
            new ExerciseSearch { Text = "Barbell Squat", OnlyCustom = false }, ExerciseSortField.Name, descending: false, 0, 100,
            TestContext.Current.CancellationToken);
        return page.Single(e => e.SourceId == "Barbell_Squat");
    }

    private async Task<long> CountGlobalAsync()
    {
        await using var scope = fixture.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IExerciseRepository>()
            .GetCountAsync(new ExerciseSearch { OnlyCustom = false }, TestContext.Current.CancellationToken);
    }
}
