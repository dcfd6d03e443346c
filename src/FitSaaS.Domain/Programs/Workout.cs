using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Programs;

/// <summary>
/// A workout of the library: sections of movements with Rx and scaled prescriptions, a scoring type and an optional time cap.
/// A row without a tenant belongs to the global library (the seeded benchmarks), read-only for everyone; a row with a tenant is
/// that tenant's own. Every edit increments <see cref="Version"/>; what tracks and assignments show is a snapshot of one version.
/// </summary>
[SharedHostRows]
public sealed class Workout : FullAuditedAggregateRoot<Guid>, IMultiTenant
{
    private Workout()
    {
        // EF Core
        Title = null!;
        NormalizedTitle = null!;
    }

    private Workout(Guid id, Guid? tenantId, string? benchmarkKey, Guid? benchmarkWorkoutId, WorkoutContent content)
        : base(id)
    {
        TenantId = tenantId;
        BenchmarkKey = benchmarkKey;
        BenchmarkWorkoutId = benchmarkWorkoutId;
        Title = null!;
        NormalizedTitle = null!;
        Apply(content);
        Version = 1;
    }

    /// <summary>The owning tenant; null for a workout of the global library.</summary>
    public Guid? TenantId { get; private set; }

    /// <summary>The stable key of a seeded global benchmark (e.g. <c>fran</c>), unique among global workouts; null otherwise.</summary>
    public string? BenchmarkKey { get; private set; }

    /// <summary>
    /// The global benchmark this tenant workout was copied from (results count toward that benchmark's personal records); null when
    /// not a copy of a benchmark.
    /// </summary>
    public Guid? BenchmarkWorkoutId { get; private set; }

    /// <summary>The title, trimmed.</summary>
    public string Title { get; private set; }

    /// <summary>The title upper-cased with whitespace collapsed, for case-insensitive search on every database.</summary>
    public string NormalizedTitle { get; private set; }

    /// <summary>The description; null when none.</summary>
    public string? Description { get; private set; }

    /// <summary>The sections, in order.</summary>
    public IReadOnlyList<WorkoutSection> Sections { get; private set; } = [];

    /// <summary>How results are scored.</summary>
    public ScoringType ScoringType { get; private set; }

    /// <summary>The time cap in seconds (for-time), or the duration (AMRAP); null when none.</summary>
    public int? TimeCapSeconds { get; private set; }

    /// <summary>True for a benchmark.</summary>
    public bool IsBenchmark { get; private set; }

    /// <summary>True when any movement has a scaled prescription or scaling notes.</summary>
    public bool HasScaledLevel { get; private set; }

    /// <summary>The version, 1 when created, incremented by every edit.</summary>
    public int Version { get; private set; }

    /// <summary>True for a workout of the global library (no tenant).</summary>
    public bool IsGlobal => TenantId is null;

    /// <summary>The workout whose personal records results for this one count toward: itself, or the benchmark it was copied from.</summary>
    public Guid PersonalRecordWorkoutId => BenchmarkWorkoutId ?? Id;

    /// <summary>Creates a global benchmark (used by the benchmark seed only).</summary>
    /// <exception cref="BusinessException"><see cref="ProgramsErrorCodes.InvalidTimeCap"/>.</exception>
    internal static Workout CreateGlobalBenchmark(Guid id, string benchmarkKey, WorkoutContent content)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(benchmarkKey);
        return new Workout(id, tenantId: null, benchmarkKey, benchmarkWorkoutId: null, content with { IsBenchmark = true });
    }

    /// <summary>Creates a workout of a tenant; <see cref="WorkoutManager"/> checks the exercises.</summary>
    /// <exception cref="BusinessException"><see cref="ProgramsErrorCodes.InvalidTimeCap"/>.</exception>
    internal static Workout CreateCustom(Guid id, Guid tenantId, WorkoutContent content, Guid? benchmarkWorkoutId = null)
    {
        if (tenantId == Guid.Empty)
        {
            throw new ArgumentException("A custom workout needs a tenant.", nameof(tenantId));
        }

        return new Workout(id, tenantId, benchmarkKey: null, benchmarkWorkoutId, content);
    }

    /// <summary>The normalized form of a title: trimmed, inner whitespace collapsed to one space, upper-cased.</summary>
    public static string NormalizeTitle(string title) => Exercise.NormalizeName(title);

    /// <summary>The current content as a parameter object (e.g. to copy it).</summary>
    public WorkoutContent GetContent() => new(Title, Description, Sections, ScoringType, TimeCapSeconds, IsBenchmark);

    /// <summary>A snapshot of the current version, as tracks and assignments keep it.</summary>
    public WorkoutSnapshot ToSnapshot() => new()
    {
        WorkoutId = Id,
        WorkoutVersion = Version,
        PersonalRecordWorkoutId = PersonalRecordWorkoutId,
        Title = Title,
        Description = Description,
        Sections = Sections,
        ScoringType = ScoringType,
        TimeCapSeconds = TimeCapSeconds,
        HasScaledLevel = HasScaledLevel,
        IsBenchmark = IsBenchmark,
    };

    /// <summary>Replaces the content and increments <see cref="Version"/>; <see cref="WorkoutManager"/> checks the exercises.</summary>
    /// <exception cref="BusinessException"><see cref="ProgramsErrorCodes.GlobalWorkoutReadOnly"/> for a global workout; <see cref="ProgramsErrorCodes.InvalidTimeCap"/>.</exception>
    internal void Edit(WorkoutContent content)
    {
        ThrowIfGlobal();
        Apply(content);
        Version++;
    }

    /// <summary>Throws when this workout belongs to the read-only global library.</summary>
    /// <exception cref="BusinessException"><see cref="ProgramsErrorCodes.GlobalWorkoutReadOnly"/>.</exception>
    internal void ThrowIfGlobal()
    {
        if (IsGlobal)
        {
            throw new BusinessException(ProgramsErrorCodes.GlobalWorkoutReadOnly, "Workouts of the global library cannot be changed or deleted; copy one instead.")
                .WithData("workoutId", Id);
        }
    }

    /// <summary>
    /// Checks a time cap against a scoring type: only for-time and AMRAP have one, an AMRAP needs it (its duration), and it is
    /// between 1 and <see cref="ProgrammingConsts.MaxTimeCapSeconds"/> seconds.
    /// </summary>
    /// <exception cref="BusinessException"><see cref="ProgramsErrorCodes.InvalidTimeCap"/>.</exception>
    public static void CheckTimeCap(ScoringType scoringType, int? timeCapSeconds)
    {
        var message = timeCapSeconds switch
        {
            null when scoringType == ScoringType.AmrapRoundsReps => "An AMRAP needs a time cap (its duration).",
            not null when scoringType is not (ScoringType.ForTime or ScoringType.AmrapRoundsReps) => "Only for-time and AMRAP workouts have a time cap.",
            <= 0 or > ProgrammingConsts.MaxTimeCapSeconds => $"A time cap is between 1 and {ProgrammingConsts.MaxTimeCapSeconds} seconds.",
            _ => null,
        };
        if (message is not null)
        {
            throw new BusinessException(ProgramsErrorCodes.InvalidTimeCap, message).WithData("scoringType", scoringType.ToString());
        }
    }

    private void Apply(WorkoutContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(content.Title);
        var title = content.Title.Trim();
        ArgumentOutOfRangeException.ThrowIfGreaterThan(title.Length, ProgrammingConsts.MaxTitleLength, nameof(content.Title));
        var description = string.IsNullOrWhiteSpace(content.Description) ? null : content.Description.Trim();
        ArgumentOutOfRangeException.ThrowIfGreaterThan(description?.Length ?? 0, ProgrammingConsts.MaxDescriptionLength, nameof(content.Description));
        if (!Enum.IsDefined(content.ScoringType))
        {
            throw new ArgumentOutOfRangeException(nameof(content), content.ScoringType, "Unknown scoring type.");
        }

        CheckTimeCap(content.ScoringType, content.TimeCapSeconds);
        var sections = (content.Sections ?? throw new ArgumentException("Sections are required (may be empty).", nameof(content))).ToArray();
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sections.Length, ProgrammingConsts.MaxSectionCount, nameof(content.Sections));
        foreach (var section in sections)
        {
            ArgumentNullException.ThrowIfNull(section, nameof(content.Sections));
            if (!Enum.IsDefined(section.Kind))
            {
                throw new ArgumentOutOfRangeException(nameof(content), section.Kind, "Unknown section kind.");
            }

            ArgumentOutOfRangeException.ThrowIfGreaterThan(section.Title?.Length ?? 0, ProgrammingConsts.MaxTitleLength, nameof(section.Title));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(section.Notes?.Length ?? 0, ProgrammingConsts.MaxNotesLength, nameof(section.Notes));
            ArgumentNullException.ThrowIfNull(section.Movements, nameof(section.Movements));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(section.Movements.Count, ProgrammingConsts.MaxMovementCount, nameof(section.Movements));
            foreach (var movement in section.Movements)
            {
                ArgumentNullException.ThrowIfNull(movement, nameof(section.Movements));
                ArgumentNullException.ThrowIfNull(movement.Rx, nameof(movement.Rx));
                movement.Rx.Validate();
                movement.Scaled?.Validate();
                ArgumentOutOfRangeException.ThrowIfGreaterThan(movement.Notes?.Length ?? 0, ProgrammingConsts.MaxNotesLength, nameof(movement.Notes));
                ArgumentOutOfRangeException.ThrowIfGreaterThan(movement.ScaledNotes?.Length ?? 0, ProgrammingConsts.MaxNotesLength, nameof(movement.ScaledNotes));
            }
        }

        Title = title;
        NormalizedTitle = NormalizeTitle(title);
        Description = description;
        Sections = sections.Select(s => s with { Title = s.Title?.Trim() ?? string.Empty, Movements = [.. s.Movements] }).ToArray();
        ScoringType = content.ScoringType;
        TimeCapSeconds = content.TimeCapSeconds;
        IsBenchmark = content.IsBenchmark;
        HasScaledLevel = sections.Any(s => s.Movements.Any(m => m.HasScaledLevel));
    }
}
