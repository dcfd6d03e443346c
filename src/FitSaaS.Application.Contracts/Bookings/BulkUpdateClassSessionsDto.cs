using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Bookings;

/// <summary>
/// One action applied to every session that starts in [<see cref="FromUtc"/>, <see cref="ToUtc"/>) and matches the
/// optional filters (at most 500 sessions, a range of at most 92 days). Each session succeeds or fails on its own.
/// </summary>
public sealed class BulkUpdateClassSessionsDto : IValidatableObject
{
    /// <summary>First start instant included (UTC).</summary>
    [Required]
    public DateTime? FromUtc { get; init; }

    /// <summary>First start instant excluded (UTC); after <see cref="FromUtc"/>.</summary>
    [Required]
    public DateTime? ToUtc { get; init; }

    /// <summary>Only sessions at this location.</summary>
    public Guid? LocationId { get; init; }

    /// <summary>Only sessions of this class type.</summary>
    public Guid? ClassTypeId { get; init; }

    /// <summary>Only sessions of this coach.</summary>
    public Guid? CoachId { get; init; }

    /// <summary>What to do.</summary>
    [Required]
    public ClassSessionBulkAction? Action { get; init; }

    /// <summary>With <see cref="ClassSessionBulkAction.ChangeCoach"/>: the new coach (a user of the tenant); null removes the coach.</summary>
    public Guid? NewCoachId { get; init; }

    /// <summary>With <see cref="ClassSessionBulkAction.ChangeCapacity"/>: the new number of seats.</summary>
    [Range(ClassSessionConsts.MinCapacity, ClassSessionConsts.MaxCapacity)]
    public int? NewCapacity { get; init; }

    /// <summary>With <see cref="ClassSessionBulkAction.Cancel"/>: the reason members are told.</summary>
    [StringLength(ClassSessionConsts.MaxCancellationReasonLength)]
    public string? Reason { get; init; }

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (FromUtc is { } from && ToUtc is { } to)
        {
            if (to <= from)
            {
                yield return new ValidationResult("ToUtc must be after FromUtc.", [nameof(ToUtc)]);
            }
            else if (to - from > TimeSpan.FromDays(ClassSessionConsts.MaxBulkRangeDays))
            {
                yield return new ValidationResult($"The range may span at most {ClassSessionConsts.MaxBulkRangeDays} days.", [nameof(ToUtc)]);
            }
        }

        if (Action == ClassSessionBulkAction.Cancel && string.IsNullOrWhiteSpace(Reason))
        {
            yield return new ValidationResult("A reason is required to cancel sessions.", [nameof(Reason)]);
        }

        if (Action == ClassSessionBulkAction.ChangeCapacity && NewCapacity is null)
        {
            yield return new ValidationResult("NewCapacity is required to change the capacity.", [nameof(NewCapacity)]);
        }
    }
}
