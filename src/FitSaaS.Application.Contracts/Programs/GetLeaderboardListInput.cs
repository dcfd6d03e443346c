using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Programs;

/// <summary>
/// Leaderboards: <c>?publishedWorkoutId=</c> (one published version) or <c>?trackId=&amp;date=</c> (every workout of a
/// track's day, all versions), optionally only one division.
/// </summary>
public sealed class GetLeaderboardListInput : IValidatableObject
{
    /// <summary>A published workout version.</summary>
    public Guid? PublishedWorkoutId { get; init; }

    /// <summary>A track (with <see cref="Date"/>).</summary>
    public Guid? TrackId { get; init; }

    /// <summary>The track's local date (with <see cref="TrackId"/>).</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Only this division; null for both (Rx above scaled).</summary>
    public WorkoutDivision? Division { get; init; }

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var byTrack = TrackId is not null || Date is not null;
        if ((PublishedWorkoutId is null) == !byTrack || (byTrack && (TrackId is null || Date is null)))
        {
            yield return new ValidationResult("Give either PublishedWorkoutId, or TrackId with Date.", [nameof(PublishedWorkoutId), nameof(TrackId), nameof(Date)]);
        }

        if (Division is { } division && !Enum.IsDefined(division))
        {
            yield return new ValidationResult("Unknown division.", [nameof(Division)]);
        }
    }
}
