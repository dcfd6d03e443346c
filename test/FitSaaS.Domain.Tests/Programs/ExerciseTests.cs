using FitSaaS.Framework.Exceptions;
using FitSaaS.Programs;

namespace FitSaaS.Domain.Tests.Programs;

public sealed class ExerciseTests
{
    private static readonly Guid s_tenantId = Guid.NewGuid();

    [Fact]
    public void CreateCustom_ValidInput_TrimsNameAndNormalizesIt()
    {
        var exercise = Exercise.CreateCustom(Guid.NewGuid(), s_tenantId, "  Sled   Push ", Details());

        exercise.Name.ShouldBe("Sled   Push");
        exercise.NormalizedName.ShouldBe("SLED PUSH");
        exercise.TenantId.ShouldBe(s_tenantId);
        exercise.IsGlobal.ShouldBeFalse();
        exercise.SourceId.ShouldBeNull();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void CreateCustom_BlankName_ThrowsArgumentException(string name)
    {
        var act = () => Exercise.CreateCustom(Guid.NewGuid(), s_tenantId, name, Details());

        Should.Throw<ArgumentException>(act);
    }

    [Fact]
    public void CreateCustom_NameTooLong_ThrowsArgumentException()
    {
        var name = new string('x', ExerciseConsts.MaxNameLength + 1);

        var exception = Should.Throw<ArgumentException>(() => Exercise.CreateCustom(Guid.NewGuid(), s_tenantId, name, Details()));

        exception.Message.ShouldContain(ExerciseConsts.MaxNameLength.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void CreateCustom_EmptyTenant_ThrowsArgumentException()
    {
        var act = () => Exercise.CreateCustom(Guid.NewGuid(), Guid.Empty, "Sled Push", Details());

        Should.Throw<ArgumentException>(act);
    }

    [Fact]
    public void CreateCustom_NoPrimaryMuscle_ThrowsArgumentException()
    {
        var details = Details() with { PrimaryMuscles = [] };

        var exception = Should.Throw<ArgumentException>(() => Exercise.CreateCustom(Guid.NewGuid(), s_tenantId, "Sled Push", details));

        exception.Message.ShouldContain("primary muscle");
    }

    [Fact]
    public void CreateCustom_UndefinedEnumValue_ThrowsArgumentOutOfRangeException()
    {
        var details = Details() with { Equipment = (ExerciseEquipment)99 };

        var act = () => Exercise.CreateCustom(Guid.NewGuid(), s_tenantId, "Sled Push", details);

        Should.Throw<ArgumentOutOfRangeException>(act);
    }

    [Fact]
    public void CreateCustom_UndefinedMuscle_ThrowsArgumentOutOfRangeException()
    {
        var details = Details() with { SecondaryMuscles = [(Muscle)0] };

        var act = () => Exercise.CreateCustom(Guid.NewGuid(), s_tenantId, "Sled Push", details);

        Should.Throw<ArgumentOutOfRangeException>(act);
    }

    [Fact]
    public void CreateCustom_DuplicateMusclesAndBlankSteps_AreCleanedUp()
    {
        var details = Details() with
        {
            PrimaryMuscles = [Muscle.Quadriceps, Muscle.Glutes, Muscle.Quadriceps],
            SecondaryMuscles = [Muscle.Calves, Muscle.Calves],
            Instructions = ["  Drive the sled.  ", " ", "", "Walk back."],
        };

        var exercise = Exercise.CreateCustom(Guid.NewGuid(), s_tenantId, "Sled Push", details);

        exercise.PrimaryMuscles.ShouldBe([Muscle.Quadriceps, Muscle.Glutes]);
        exercise.SecondaryMuscles.ShouldBe([Muscle.Calves]);
        exercise.Instructions.ShouldBe(["Drive the sled.", "Walk back."]);
    }

    [Fact]
    public void CreateCustom_TooManySteps_ThrowsArgumentException()
    {
        var details = Details() with { Instructions = Enumerable.Repeat("Step.", ExerciseConsts.MaxInstructionCount + 1).ToArray() };

        var act = () => Exercise.CreateCustom(Guid.NewGuid(), s_tenantId, "Sled Push", details);

        Should.Throw<ArgumentException>(act);
    }

    [Fact]
    public void CreateCustom_StepTooLong_ThrowsArgumentException()
    {
        var details = Details() with { Instructions = [new string('x', ExerciseConsts.MaxInstructionLength + 1)] };

        var act = () => Exercise.CreateCustom(Guid.NewGuid(), s_tenantId, "Sled Push", details);

        Should.Throw<ArgumentException>(act);
    }

    [Fact]
    public void CreateCustom_Muscles_AreStoredAsSearchKeys()
    {
        var details = Details() with { PrimaryMuscles = [Muscle.Quadriceps, Muscle.Glutes], SecondaryMuscles = [Muscle.LowerBack] };

        var exercise = Exercise.CreateCustom(Guid.NewGuid(), s_tenantId, "Sled Push", details);

        exercise.PrimaryMuscleKeys.ShouldBe("|QUADRICEPS|GLUTES|");
        exercise.SecondaryMuscleKeys.ShouldBe("|LOWERBACK|");
        exercise.PrimaryMuscleKeys.ShouldContain(Exercise.GetMuscleSearchKey(Muscle.Glutes));
    }

    [Fact]
    public void GetMuscleSearchKey_EveryPairOfMuscles_MatchesOnlyItself()
    {
        var muscles = Enum.GetValues<Muscle>();

        var mismatches = (
            from stored in muscles
            from searched in muscles
            let exercise = Exercise.CreateCustom(Guid.NewGuid(), s_tenantId, "Probe", Details() with { PrimaryMuscles = [stored] })
            where exercise.PrimaryMuscleKeys.Contains(Exercise.GetMuscleSearchKey(searched), StringComparison.Ordinal) != (stored == searched)
            select (stored, searched)).ToList();

        mismatches.ShouldBeEmpty();
    }

    [Fact]
    public void NormalizeName_MixedCaseAndSpaces_CollapsesAndUpperCases()
    {
        var normalized = Exercise.NormalizeName("  barbell \t Back  squat ");

        normalized.ShouldBe("BARBELL BACK SQUAT");
    }

    [Fact]
    public void ChangeDetails_CustomExercise_ReplacesEveryDetail()
    {
        var exercise = Exercise.CreateCustom(Guid.NewGuid(), s_tenantId, "Sled Push", Details());
        var details = new ExerciseDetails(
            ExerciseCategory.Cardio, ExerciseLevel.Expert, null, null, null, [Muscle.Calves], [], ["Run."]);

        exercise.ChangeDetails(details);

        exercise.Category.ShouldBe(ExerciseCategory.Cardio);
        exercise.Level.ShouldBe(ExerciseLevel.Expert);
        exercise.Force.ShouldBeNull();
        exercise.Mechanic.ShouldBeNull();
        exercise.Equipment.ShouldBeNull();
        exercise.PrimaryMuscles.ShouldBe([Muscle.Calves]);
        exercise.SecondaryMuscles.ShouldBeEmpty();
        exercise.SecondaryMuscleKeys.ShouldBeEmpty();
        exercise.Instructions.ShouldBe(["Run."]);
    }

    [Fact]
    public void ChangeDetails_GlobalExercise_ThrowsGlobalExerciseReadOnly()
    {
        var exercise = Exercise.CreateGlobal(Guid.NewGuid(), "Sled_Push", "Sled Push", Details());

        var exception = Should.Throw<BusinessException>(() => exercise.ChangeDetails(Details() with { Level = ExerciseLevel.Expert }));

        exception.Code.ShouldBe(ProgramsErrorCodes.GlobalExerciseReadOnly);
        exercise.Level.ShouldBe(ExerciseLevel.Beginner);
    }

    [Fact]
    public void Rename_GlobalExercise_ThrowsGlobalExerciseReadOnly()
    {
        var exercise = Exercise.CreateGlobal(Guid.NewGuid(), "Sled_Push", "Sled Push", Details());

        var exception = Should.Throw<BusinessException>(() => exercise.Rename("Mine now"));

        exception.Code.ShouldBe(ProgramsErrorCodes.GlobalExerciseReadOnly);
        exercise.Name.ShouldBe("Sled Push");
    }

    [Fact]
    public void CreateGlobal_BlankSourceId_ThrowsArgumentException()
    {
        var act = () => Exercise.CreateGlobal(Guid.NewGuid(), " ", "Sled Push", Details());

        Should.Throw<ArgumentException>(act);
    }

    private static ExerciseDetails Details() => new(
        ExerciseCategory.Strongman,
        ExerciseLevel.Beginner,
        ExerciseForce.Push,
        ExerciseMechanic.Compound,
        ExerciseEquipment.Other,
        [Muscle.Quadriceps],
        [Muscle.Glutes],
        ["Lean into the sled.", "Drive with the legs."]);
}
