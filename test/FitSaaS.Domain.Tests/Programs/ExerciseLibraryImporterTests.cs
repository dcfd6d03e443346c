using System.Text;
using FitSaaS.Programs;

namespace FitSaaS.Domain.Tests.Programs;

public sealed class ExerciseLibraryImporterTests
{
    [Fact]
    public async Task ReadEmbeddedAsync_RealFile_Returns873UniqueExercises()
    {
        var entries = await ExerciseLibraryImporter.ReadEmbeddedAsync(TestContext.Current.CancellationToken);

        entries.Count.ShouldBe(873);
        entries.Select(e => e.SourceId).Distinct(StringComparer.Ordinal).Count().ShouldBe(873);
    }

    [Fact]
    public async Task ReadEmbeddedAsync_RealFile_HasThePublishedCategoryCounts()
    {
        var entries = await ExerciseLibraryImporter.ReadEmbeddedAsync(TestContext.Current.CancellationToken);

        var counts = entries.GroupBy(e => e.Details.Category).ToDictionary(g => g.Key, g => g.Count());
        counts.ShouldBe(new Dictionary<ExerciseCategory, int>
        {
            [ExerciseCategory.Strength] = 581,
            [ExerciseCategory.Stretching] = 123,
            [ExerciseCategory.Plyometrics] = 61,
            [ExerciseCategory.Powerlifting] = 38,
            [ExerciseCategory.OlympicWeightlifting] = 35,
            [ExerciseCategory.Strongman] = 21,
            [ExerciseCategory.Cardio] = 14,
        }, ignoreOrder: true);
    }

    [Fact]
    public async Task ReadEmbeddedAsync_RealFile_EveryExerciseHasNameAndPrimaryMuscle()
    {
        var entries = await ExerciseLibraryImporter.ReadEmbeddedAsync(TestContext.Current.CancellationToken);

        entries.ShouldAllBe(e => !string.IsNullOrWhiteSpace(e.Name) && e.Details.PrimaryMuscles.Count > 0);
    }

    [Fact]
    public async Task ReadEmbeddedAsync_RealFile_UsesEveryEnumValueAndNullsWhereTheSourceHasThem()
    {
        var entries = await ExerciseLibraryImporter.ReadEmbeddedAsync(TestContext.Current.CancellationToken);

        entries.Select(e => e.Details.Level).Distinct().Count().ShouldBe(Enum.GetValues<ExerciseLevel>().Length);
        entries.Where(e => e.Details.Equipment is not null).Select(e => e.Details.Equipment).Distinct().Count()
            .ShouldBe(Enum.GetValues<ExerciseEquipment>().Length);
        entries.SelectMany(e => e.Details.PrimaryMuscles.Concat(e.Details.SecondaryMuscles)).Distinct().Count()
            .ShouldBe(Enum.GetValues<Muscle>().Length);
        entries.Count(e => e.Details.Equipment is null).ShouldBe(77);
        entries.Count(e => e.Details.Force is null).ShouldBe(29);
        entries.Count(e => e.Details.Mechanic is null).ShouldBe(87);
    }

    [Fact]
    public async Task ReadEmbeddedAsync_BarbellSquat_IsMappedFieldByField()
    {
        var entries = await ExerciseLibraryImporter.ReadEmbeddedAsync(TestContext.Current.CancellationToken);

        var squat = entries.Single(e => e.SourceId == "Barbell_Squat");
        squat.Name.ShouldBe("Barbell Squat");
        squat.Details.Category.ShouldBe(ExerciseCategory.Strength);
        squat.Details.Level.ShouldBe(ExerciseLevel.Beginner);
        squat.Details.Force.ShouldBe(ExerciseForce.Push);
        squat.Details.Mechanic.ShouldBe(ExerciseMechanic.Compound);
        squat.Details.Equipment.ShouldBe(ExerciseEquipment.Barbell);
        squat.Details.PrimaryMuscles.ShouldBe([Muscle.Quadriceps]);
        squat.Details.SecondaryMuscles.ShouldBe([Muscle.Calves, Muscle.Glutes, Muscle.Hamstrings, Muscle.LowerBack]);
        squat.Details.Instructions.ShouldNotBeEmpty();
    }

    [Fact]
    public async Task ReadEmbeddedAsync_RealFile_EveryEntryPassesTheExerciseInvariants()
    {
        var entries = await ExerciseLibraryImporter.ReadEmbeddedAsync(TestContext.Current.CancellationToken);

        var exercises = entries.Select(e => Exercise.CreateGlobal(Guid.NewGuid(), e.SourceId, e.Name, e.Details)).ToList();

        exercises.Count.ShouldBe(873);
        exercises.ShouldAllBe(e => e.IsGlobal && e.TenantId == null && e.SourceId != null);
    }

    [Theory]
    [InlineData("strength", ExerciseCategory.Strength)]
    [InlineData("stretching", ExerciseCategory.Stretching)]
    [InlineData("plyometrics", ExerciseCategory.Plyometrics)]
    [InlineData("powerlifting", ExerciseCategory.Powerlifting)]
    [InlineData("olympic weightlifting", ExerciseCategory.OlympicWeightlifting)]
    [InlineData("strongman", ExerciseCategory.Strongman)]
    [InlineData("cardio", ExerciseCategory.Cardio)]
    public void MapCategory_SourceValue_ReturnsEnum(string value, ExerciseCategory expected)
    {
        var category = ExerciseLibraryImporter.MapCategory(value);

        category.ShouldBe(expected);
    }

    [Theory]
    [InlineData("body only", ExerciseEquipment.BodyOnly)]
    [InlineData("barbell", ExerciseEquipment.Barbell)]
    [InlineData("dumbbell", ExerciseEquipment.Dumbbell)]
    [InlineData("kettlebells", ExerciseEquipment.Kettlebells)]
    [InlineData("cable", ExerciseEquipment.Cable)]
    [InlineData("machine", ExerciseEquipment.Machine)]
    [InlineData("bands", ExerciseEquipment.Bands)]
    [InlineData("medicine ball", ExerciseEquipment.MedicineBall)]
    [InlineData("exercise ball", ExerciseEquipment.ExerciseBall)]
    [InlineData("foam roll", ExerciseEquipment.FoamRoll)]
    [InlineData("e-z curl bar", ExerciseEquipment.EzCurlBar)]
    [InlineData("other", ExerciseEquipment.Other)]
    public void MapEquipment_SourceValue_ReturnsEnum(string value, ExerciseEquipment expected)
    {
        var equipment = ExerciseLibraryImporter.MapEquipment(value);

        equipment.ShouldBe(expected);
    }

    [Theory]
    [InlineData("abdominals", Muscle.Abdominals)]
    [InlineData("abductors", Muscle.Abductors)]
    [InlineData("adductors", Muscle.Adductors)]
    [InlineData("biceps", Muscle.Biceps)]
    [InlineData("calves", Muscle.Calves)]
    [InlineData("chest", Muscle.Chest)]
    [InlineData("forearms", Muscle.Forearms)]
    [InlineData("glutes", Muscle.Glutes)]
    [InlineData("hamstrings", Muscle.Hamstrings)]
    [InlineData("lats", Muscle.Lats)]
    [InlineData("lower back", Muscle.LowerBack)]
    [InlineData("middle back", Muscle.MiddleBack)]
    [InlineData("neck", Muscle.Neck)]
    [InlineData("quadriceps", Muscle.Quadriceps)]
    [InlineData("shoulders", Muscle.Shoulders)]
    [InlineData("traps", Muscle.Traps)]
    [InlineData("triceps", Muscle.Triceps)]
    public void MapMuscle_SourceValue_ReturnsEnum(string value, Muscle expected)
    {
        var muscle = ExerciseLibraryImporter.MapMuscle(value);

        muscle.ShouldBe(expected);
    }

    [Theory]
    [InlineData("beginner", ExerciseLevel.Beginner)]
    [InlineData("intermediate", ExerciseLevel.Intermediate)]
    [InlineData("expert", ExerciseLevel.Expert)]
    public void MapLevel_SourceValue_ReturnsEnum(string value, ExerciseLevel expected)
    {
        var level = ExerciseLibraryImporter.MapLevel(value);

        level.ShouldBe(expected);
    }

    [Fact]
    public void MapForceAndMechanic_SourceValues_ReturnEnums()
    {
        var forces = new[] { "static", "pull", "push" }.Select(ExerciseLibraryImporter.MapForce);
        var mechanics = new[] { "isolation", "compound" }.Select(ExerciseLibraryImporter.MapMechanic);

        forces.ShouldBe([ExerciseForce.Static, ExerciseForce.Pull, ExerciseForce.Push]);
        mechanics.ShouldBe([ExerciseMechanic.Isolation, ExerciseMechanic.Compound]);
    }

    [Theory]
    [InlineData("Body Only")]
    [InlineData("body_only")]
    [InlineData("trx")]
    [InlineData("")]
    public void MapEquipment_UnknownValue_ThrowsInvalidDataException(string value)
    {
        var exception = Should.Throw<InvalidDataException>(() => ExerciseLibraryImporter.MapEquipment(value));

        exception.Message.ShouldContain("equipment");
    }

    [Fact]
    public async Task ReadAsync_UnknownMuscle_ThrowsNamingTheExercise()
    {
        var json = Entry("Wing_Flap", "Wing Flap", primary: "\"wings\"");

        var exception = await Should.ThrowAsync<InvalidDataException>(() => ReadAsync($"[{json}]"));

        exception.Message.ShouldContain("Wing_Flap");
        exception.Message.ShouldContain("wings");
    }

    [Fact]
    public async Task ReadAsync_UnknownCategory_Throws()
    {
        var json = Entry("Yoga_Flow", "Yoga Flow", category: "yoga");

        var exception = await Should.ThrowAsync<InvalidDataException>(() => ReadAsync($"[{json}]"));

        exception.Message.ShouldContain("yoga");
    }

    [Fact]
    public async Task ReadAsync_NoPrimaryMuscle_Throws()
    {
        var json = Entry("Nothing", "Nothing", primary: string.Empty);

        var exception = await Should.ThrowAsync<InvalidDataException>(() => ReadAsync($"[{json}]"));

        exception.Message.ShouldContain("primary muscle");
    }

    [Fact]
    public async Task ReadAsync_MissingName_Throws()
    {
        var json = """[{ "id": "No_Name", "level": "beginner", "category": "strength", "primaryMuscles": ["chest"] }]""";

        var exception = await Should.ThrowAsync<InvalidDataException>(() => ReadAsync(json));

        exception.Message.ShouldContain("'name'");
    }

    [Fact]
    public async Task ReadAsync_DuplicateId_Throws()
    {
        var json = Entry("Push_Up", "Push Up");

        var exception = await Should.ThrowAsync<InvalidDataException>(() => ReadAsync($"[{json},{json}]"));

        exception.Message.ShouldContain("Push_Up");
    }

    [Fact]
    public async Task ReadAsync_NotAnArray_Throws()
    {
        var exception = await Should.ThrowAsync<InvalidDataException>(() => ReadAsync("""{ "id": "x" }"""));

        exception.Message.ShouldContain("array");
    }

    [Fact]
    public async Task ReadAsync_NullOptionalFieldsAndMissingForce_AreNull()
    {
        var json = """[{ "id": "Plank", "name": " Plank ", "level": "beginner", "mechanic": null, "equipment": null, "category": "strength", "primaryMuscles": ["abdominals"], "secondaryMuscles": [], "instructions": [] }]""";

        var entries = await ReadAsync(json);

        var plank = entries.ShouldHaveSingleItem();
        plank.Details.Force.ShouldBeNull();
        plank.Details.Mechanic.ShouldBeNull();
        plank.Details.Equipment.ShouldBeNull();
        plank.Details.Instructions.ShouldBeEmpty();
    }

    private static async Task<IReadOnlyList<ExerciseLibraryEntry>> ReadAsync(string json)
    {
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(json));
        return await ExerciseLibraryImporter.ReadAsync(stream, TestContext.Current.CancellationToken);
    }

    private static string Entry(string id, string name, string category = "strength", string primary = "\"chest\"") =>
        $$"""
        { "id": "{{id}}", "name": "{{name}}", "force": "push", "level": "beginner", "mechanic": "compound",
          "equipment": "body only", "primaryMuscles": [{{primary}}], "secondaryMuscles": [], "instructions": ["Go."],
          "category": "{{category}}", "images": [] }
        """;
}
