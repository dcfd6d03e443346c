using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Programs;

/// <summary>
/// An exercise of the library. A row without a tenant belongs to the global library, imported from
/// free-exercise-db and read-only for everyone; a row with a tenant is that tenant's custom exercise,
/// visible to it only.
/// </summary>
[SharedHostRows]
public sealed class Exercise : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private const string KeySeparator = "|";

    private Exercise()
    {
        // EF Core
        Name = null!;
        NormalizedName = null!;
        PrimaryMuscleKeys = null!;
        SecondaryMuscleKeys = null!;
    }

    private Exercise(Guid id, Guid? tenantId, string? sourceId, string name, ExerciseDetails details)
        : base(id)
    {
        TenantId = tenantId;
        SourceId = sourceId;
        Name = null!;
        NormalizedName = null!;
        PrimaryMuscleKeys = null!;
        SecondaryMuscleKeys = null!;
        SetName(name);
        SetDetails(details);
    }

    /// <summary>The owning tenant; null for an exercise of the global library.</summary>
    public Guid? TenantId { get; private set; }

    /// <summary>The id of the exercise in the imported dataset (unique among global exercises); null for custom exercises.</summary>
    public string? SourceId { get; private set; }

    /// <summary>The display name, trimmed.</summary>
    public string Name { get; private set; }

    /// <summary>The name upper-cased with whitespace collapsed, for case-insensitive search and uniqueness on every database.</summary>
    public string NormalizedName { get; private set; }

    /// <summary>The kind of training.</summary>
    public ExerciseCategory Category { get; private set; }

    /// <summary>The experience it needs.</summary>
    public ExerciseLevel Level { get; private set; }

    /// <summary>Main direction of force; null when not applicable.</summary>
    public ExerciseForce? Force { get; private set; }

    /// <summary>Isolation or compound; null when not applicable.</summary>
    public ExerciseMechanic? Mechanic { get; private set; }

    /// <summary>Equipment needed; null when none is given.</summary>
    public ExerciseEquipment? Equipment { get; private set; }

    /// <summary>Muscles mainly worked: at least one, no duplicates.</summary>
    public IReadOnlyList<Muscle> PrimaryMuscles { get; private set; } = [];

    /// <summary>Muscles worked as well: no duplicates.</summary>
    public IReadOnlyList<Muscle> SecondaryMuscles { get; private set; } = [];

    /// <summary>The steps, in order, trimmed, without blank steps.</summary>
    public IReadOnlyList<string> Instructions { get; private set; } = [];

    /// <summary>
    /// <see cref="PrimaryMuscles"/> as search keys (<c>|QUADRICEPS|GLUTES|</c>): a muscle filter is then a
    /// plain substring test that every database translates. See <see cref="GetMuscleSearchKey"/>.
    /// </summary>
    public string PrimaryMuscleKeys { get; private set; }

    /// <summary><see cref="SecondaryMuscles"/> as search keys, like <see cref="PrimaryMuscleKeys"/>.</summary>
    public string SecondaryMuscleKeys { get; private set; }

    /// <summary>True for an exercise of the global library (no tenant).</summary>
    public bool IsGlobal => TenantId is null;

    /// <summary>Creates an exercise of the global library (used by the import only).</summary>
    internal static Exercise CreateGlobal(Guid id, string sourceId, string name, ExerciseDetails details)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceId);
        if (sourceId.Length > ExerciseConsts.MaxSourceIdLength)
        {
            throw new ArgumentException($"A source id has at most {ExerciseConsts.MaxSourceIdLength} characters.", nameof(sourceId));
        }

        return new Exercise(id, tenantId: null, sourceId, name, details);
    }

    /// <summary>Creates a tenant's custom exercise; <see cref="ExerciseManager"/> checks that the name is free.</summary>
    internal static Exercise CreateCustom(Guid id, Guid tenantId, string name, ExerciseDetails details)
    {
        if (tenantId == Guid.Empty)
        {
            throw new ArgumentException("A custom exercise needs a tenant.", nameof(tenantId));
        }

        return new Exercise(id, tenantId, sourceId: null, name, details);
    }

    /// <summary>The normalized form of a name: trimmed, inner whitespace collapsed to one space, upper-cased.</summary>
    public static string NormalizeName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
    }

    /// <summary>The key of a muscle inside <see cref="PrimaryMuscleKeys"/> and <see cref="SecondaryMuscleKeys"/>, separators included (<c>|LOWERBACK|</c>).</summary>
    public static string GetMuscleSearchKey(Muscle muscle) =>
        string.Concat(KeySeparator, muscle.ToString().ToUpperInvariant(), KeySeparator);

    /// <summary>Changes everything but the name.</summary>
    /// <exception cref="BusinessException"><see cref="ProgramsErrorCodes.GlobalExerciseReadOnly"/> for a global exercise.</exception>
    /// <exception cref="ArgumentException">The details break an invariant (no primary muscle, undefined enum value, too many or too long steps).</exception>
    public void ChangeDetails(ExerciseDetails details)
    {
        ThrowIfGlobal();
        SetDetails(details);
    }

    /// <summary>Renames a custom exercise; <see cref="ExerciseManager"/> checks that the name is free.</summary>
    internal void Rename(string name)
    {
        ThrowIfGlobal();
        SetName(name);
    }

    /// <summary>Throws when this exercise belongs to the read-only global library.</summary>
    internal void ThrowIfGlobal()
    {
        if (IsGlobal)
        {
            throw new BusinessException(ProgramsErrorCodes.GlobalExerciseReadOnly, "Exercises of the global library cannot be changed or deleted.")
                .WithData("exerciseId", Id);
        }
    }

    private void SetName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var trimmed = name.Trim();
        if (trimmed.Length > ExerciseConsts.MaxNameLength)
        {
            throw new ArgumentException($"An exercise name has at most {ExerciseConsts.MaxNameLength} characters.", nameof(name));
        }

        Name = trimmed;
        NormalizedName = NormalizeName(trimmed);
    }

    private void SetDetails(ExerciseDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        ThrowIfUndefined(details.Category, nameof(details.Category));
        ThrowIfUndefined(details.Level, nameof(details.Level));
        ThrowIfUndefined(details.Force, nameof(details.Force));
        ThrowIfUndefined(details.Mechanic, nameof(details.Mechanic));
        ThrowIfUndefined(details.Equipment, nameof(details.Equipment));
        var primary = DistinctMuscles(details.PrimaryMuscles, nameof(details.PrimaryMuscles));
        if (primary.Length == 0)
        {
            throw new ArgumentException("An exercise works at least one primary muscle.", nameof(details));
        }

        var secondary = DistinctMuscles(details.SecondaryMuscles, nameof(details.SecondaryMuscles));
        var instructions = (details.Instructions ?? throw new ArgumentException("Instructions are required (may be empty).", nameof(details)))
            .Select(step => step?.Trim())
            .Where(step => !string.IsNullOrEmpty(step))
            .Select(step => step!)
            .ToArray();
        if (instructions.Length > ExerciseConsts.MaxInstructionCount)
        {
            throw new ArgumentException($"An exercise has at most {ExerciseConsts.MaxInstructionCount} instruction steps.", nameof(details));
        }

        if (instructions.Any(step => step.Length > ExerciseConsts.MaxInstructionLength))
        {
            throw new ArgumentException($"An instruction step has at most {ExerciseConsts.MaxInstructionLength} characters.", nameof(details));
        }

        Category = details.Category;
        Level = details.Level;
        Force = details.Force;
        Mechanic = details.Mechanic;
        Equipment = details.Equipment;
        PrimaryMuscles = primary;
        SecondaryMuscles = secondary;
        Instructions = instructions;
        PrimaryMuscleKeys = BuildMuscleKeys(primary);
        SecondaryMuscleKeys = BuildMuscleKeys(secondary);
    }

    private static Muscle[] DistinctMuscles(IReadOnlyList<Muscle>? muscles, string name)
    {
        if (muscles is null)
        {
            throw new ArgumentException($"{name} is required (may be empty).", name);
        }

        foreach (var muscle in muscles)
        {
            ThrowIfUndefined(muscle, name);
        }

        return muscles.Distinct().ToArray();
    }

    private static void ThrowIfUndefined<TEnum>(TEnum? value, string name)
        where TEnum : struct, Enum
    {
        if (value is { } defined && !Enum.IsDefined(defined))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{value} is not a valid {typeof(TEnum).Name}.");
        }
    }

    private static void ThrowIfUndefined<TEnum>(TEnum value, string name)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{value} is not a valid {typeof(TEnum).Name}.");
        }
    }

    // "|A|B|": every key is enclosed by separators, so "|A|" never matches inside another muscle's key.
    private static string BuildMuscleKeys(Muscle[] muscles) =>
        muscles.Length == 0 ? string.Empty : string.Concat(muscles.Select(GetMuscleSearchKey)).Replace(KeySeparator + KeySeparator, KeySeparator, StringComparison.Ordinal);
}
