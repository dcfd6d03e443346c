using System.Text.Json;
using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Guids;

namespace FitSaaS.Programs;

/// <summary>
/// Imports the free-exercise-db dataset (embedded in this assembly, see <c>Programs/Data/SOURCE.md</c>) as the
/// global exercise library. Reading maps every source string explicitly to the domain's enums and fails
/// with <see cref="InvalidDataException"/> on anything unknown, so a changed dataset cannot slip in
/// half-understood. Importing is idempotent: it inserts the entries whose <c>id</c> is not there yet.
/// </summary>
public sealed class ExerciseLibraryImporter(IExerciseRepository exercises, IGuidGenerator guidGenerator) : IDomainService
{
    /// <summary>Manifest name of the embedded <c>exercises.json</c>.</summary>
    public const string EmbeddedResourceName = "FitSaaS.Programs.Data.exercises.json";

    /// <summary>Imports the embedded dataset; returns the number of exercises added (0 on a repeated run).</summary>
    public async Task<int> ImportEmbeddedAsync(CancellationToken cancellationToken = default)
    {
        var entries = await ReadEmbeddedAsync(cancellationToken);
        return await ImportAsync(entries, cancellationToken);
    }

    /// <summary>
    /// Adds the entries whose source id no global exercise has yet (a deleted one counts as present, so it
    /// is not resurrected); returns how many were added. Runs for the host: the rows get no tenant.
    /// </summary>
    public async Task<int> ImportAsync(IReadOnlyList<ExerciseLibraryEntry> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var existing = await exercises.GetGlobalSourceIdsAsync(cancellationToken);
        var missing = entries
            .Where(entry => !existing.Contains(entry.SourceId))
            .Select(entry => Exercise.CreateGlobal(guidGenerator.Create(), entry.SourceId, entry.Name, entry.Details))
            .ToList();
        if (missing.Count > 0)
        {
            await exercises.InsertManyAsync(missing, cancellationToken);
        }

        return missing.Count;
    }

    /// <summary>Reads the embedded dataset.</summary>
    /// <exception cref="InvalidDataException">An entry is malformed or uses an unknown value.</exception>
    public static async Task<IReadOnlyList<ExerciseLibraryEntry>> ReadEmbeddedAsync(CancellationToken cancellationToken = default)
    {
        await using var stream = typeof(ExerciseLibraryImporter).Assembly.GetManifestResourceStream(EmbeddedResourceName) ??
            throw new InvalidOperationException($"The embedded resource '{EmbeddedResourceName}' is missing from {typeof(ExerciseLibraryImporter).Assembly.GetName().Name}.");
        return await ReadAsync(stream, cancellationToken);
    }

    /// <summary>Reads a dataset in the free-exercise-db <c>exercises.json</c> format (a JSON array of exercises).</summary>
    /// <exception cref="InvalidDataException">
    /// The document is not an array, an entry misses a required field, uses an unknown category, level, force,
    /// mechanic, equipment or muscle, has no primary muscle, or repeats an id.
    /// </exception>
    public static async Task<IReadOnlyList<ExerciseLibraryEntry>> ReadAsync(Stream json, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(json);
        using var document = await JsonDocument.ParseAsync(json, cancellationToken: cancellationToken);
        if (document.RootElement.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException("The exercise library must be a JSON array.");
        }

        var entries = new List<ExerciseLibraryEntry>(document.RootElement.GetArrayLength());
        var sourceIds = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var element in document.RootElement.EnumerateArray())
        {
            var entry = ReadEntry(element, index++);
            if (!sourceIds.Add(entry.SourceId))
            {
                throw new InvalidDataException($"The exercise id '{entry.SourceId}' appears more than once.");
            }

            entries.Add(entry);
        }

        return entries;
    }

    /// <summary>Maps a source category (<c>olympic weightlifting</c>, ...).</summary>
    /// <exception cref="InvalidDataException">Unknown value.</exception>
    public static ExerciseCategory MapCategory(string value) => value switch
    {
        "strength" => ExerciseCategory.Strength,
        "stretching" => ExerciseCategory.Stretching,
        "plyometrics" => ExerciseCategory.Plyometrics,
        "powerlifting" => ExerciseCategory.Powerlifting,
        "olympic weightlifting" => ExerciseCategory.OlympicWeightlifting,
        "strongman" => ExerciseCategory.Strongman,
        "cardio" => ExerciseCategory.Cardio,
        _ => throw Unknown("category", value),
    };

    /// <summary>Maps a source level (<c>beginner</c>, <c>intermediate</c>, <c>expert</c>).</summary>
    /// <exception cref="InvalidDataException">Unknown value.</exception>
    public static ExerciseLevel MapLevel(string value) => value switch
    {
        "beginner" => ExerciseLevel.Beginner,
        "intermediate" => ExerciseLevel.Intermediate,
        "expert" => ExerciseLevel.Expert,
        _ => throw Unknown("level", value),
    };

    /// <summary>Maps a source force (<c>static</c>, <c>pull</c>, <c>push</c>).</summary>
    /// <exception cref="InvalidDataException">Unknown value.</exception>
    public static ExerciseForce MapForce(string value) => value switch
    {
        "static" => ExerciseForce.Static,
        "pull" => ExerciseForce.Pull,
        "push" => ExerciseForce.Push,
        _ => throw Unknown("force", value),
    };

    /// <summary>Maps a source mechanic (<c>isolation</c>, <c>compound</c>).</summary>
    /// <exception cref="InvalidDataException">Unknown value.</exception>
    public static ExerciseMechanic MapMechanic(string value) => value switch
    {
        "isolation" => ExerciseMechanic.Isolation,
        "compound" => ExerciseMechanic.Compound,
        _ => throw Unknown("mechanic", value),
    };

    /// <summary>Maps a source equipment (<c>body only</c>, <c>e-z curl bar</c>, ...).</summary>
    /// <exception cref="InvalidDataException">Unknown value.</exception>
    public static ExerciseEquipment MapEquipment(string value) => value switch
    {
        "body only" => ExerciseEquipment.BodyOnly,
        "barbell" => ExerciseEquipment.Barbell,
        "dumbbell" => ExerciseEquipment.Dumbbell,
        "kettlebells" => ExerciseEquipment.Kettlebells,
        "cable" => ExerciseEquipment.Cable,
        "machine" => ExerciseEquipment.Machine,
        "bands" => ExerciseEquipment.Bands,
        "medicine ball" => ExerciseEquipment.MedicineBall,
        "exercise ball" => ExerciseEquipment.ExerciseBall,
        "foam roll" => ExerciseEquipment.FoamRoll,
        "e-z curl bar" => ExerciseEquipment.EzCurlBar,
        "other" => ExerciseEquipment.Other,
        _ => throw Unknown("equipment", value),
    };

    /// <summary>Maps a source muscle (<c>lower back</c>, <c>quadriceps</c>, ...).</summary>
    /// <exception cref="InvalidDataException">Unknown value.</exception>
    public static Muscle MapMuscle(string value) => value switch
    {
        "abdominals" => Muscle.Abdominals,
        "abductors" => Muscle.Abductors,
        "adductors" => Muscle.Adductors,
        "biceps" => Muscle.Biceps,
        "calves" => Muscle.Calves,
        "chest" => Muscle.Chest,
        "forearms" => Muscle.Forearms,
        "glutes" => Muscle.Glutes,
        "hamstrings" => Muscle.Hamstrings,
        "lats" => Muscle.Lats,
        "lower back" => Muscle.LowerBack,
        "middle back" => Muscle.MiddleBack,
        "neck" => Muscle.Neck,
        "quadriceps" => Muscle.Quadriceps,
        "shoulders" => Muscle.Shoulders,
        "traps" => Muscle.Traps,
        "triceps" => Muscle.Triceps,
        _ => throw Unknown("muscle", value),
    };

    private static ExerciseLibraryEntry ReadEntry(JsonElement element, int index)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"Exercise #{index} is not a JSON object.");
        }

        var sourceId = RequiredString(element, "id", $"#{index}");
        var where = $"'{sourceId}' (#{index})";
        try
        {
            var name = RequiredString(element, "name", where);
            var details = new ExerciseDetails(
                MapCategory(RequiredString(element, "category", where)),
                MapLevel(RequiredString(element, "level", where)),
                OptionalString(element, "force", where) is { } force ? MapForce(force) : null,
                OptionalString(element, "mechanic", where) is { } mechanic ? MapMechanic(mechanic) : null,
                OptionalString(element, "equipment", where) is { } equipment ? MapEquipment(equipment) : null,
                StringArray(element, "primaryMuscles", where).Select(MapMuscle).ToArray(),
                StringArray(element, "secondaryMuscles", where).Select(MapMuscle).ToArray(),
                StringArray(element, "instructions", where));
            if (details.PrimaryMuscles.Count == 0)
            {
                throw new InvalidDataException("it has no primary muscle.");
            }

            if (name.Length > ExerciseConsts.MaxNameLength || sourceId.Length > ExerciseConsts.MaxSourceIdLength)
            {
                throw new InvalidDataException("its name or id is too long.");
            }

            return new ExerciseLibraryEntry(sourceId, name, details);
        }
        catch (InvalidDataException ex)
        {
            throw new InvalidDataException($"Exercise {where}: {ex.Message}", ex);
        }
    }

    private static string RequiredString(JsonElement element, string property, string where) =>
        OptionalString(element, property, where) is { Length: > 0 } value && !string.IsNullOrWhiteSpace(value)
            ? value
            : throw new InvalidDataException($"Exercise {where} has no '{property}'.");

    private static string? OptionalString(JsonElement element, string property, string where)
    {
        if (!element.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        return value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : throw new InvalidDataException($"Exercise {where}: '{property}' is not a string.");
    }

    private static string[] StringArray(JsonElement element, string property, string where)
    {
        if (!element.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return [];
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new InvalidDataException($"Exercise {where}: '{property}' is not an array.");
        }

        return value.EnumerateArray()
            .Select(item => item.ValueKind == JsonValueKind.String
                ? item.GetString()!
                : throw new InvalidDataException($"Exercise {where}: '{property}' holds a non-string item."))
            .ToArray();
    }

    private static InvalidDataException Unknown(string field, string value) => new($"Unknown {field} '{value}'.");
}
