using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Programs;

/// <summary>
/// The personal-record history of one key: <c>?memberId=&amp;workoutId=&amp;scoringType=&amp;division=</c> or
/// <c>?memberId=&amp;exerciseId=&amp;repMax=&amp;division=</c>.
/// </summary>
public sealed class GetPersonalRecordHistoryInput
{
    /// <summary>The member; null for oneself.</summary>
    public Guid? MemberId { get; init; }

    /// <summary>The workout (the benchmark) of the key; or give <see cref="ExerciseId"/>.</summary>
    public Guid? WorkoutId { get; init; }

    /// <summary>With <see cref="WorkoutId"/>: the scoring type, when the workout's scoring changed between versions; default the most recent record's.</summary>
    public ScoringType? ScoringType { get; init; }

    /// <summary>The exercise of a lift key; or give <see cref="WorkoutId"/>.</summary>
    public Guid? ExerciseId { get; init; }

    /// <summary>With <see cref="ExerciseId"/>: the rep-max scheme (1–20).</summary>
    [Range(1, WorkoutResultConsts.MaxRepMax)]
    public int? RepMax { get; init; }

    /// <summary>Rx (default) or scaled.</summary>
    public WorkoutDivision Division { get; init; }
}
