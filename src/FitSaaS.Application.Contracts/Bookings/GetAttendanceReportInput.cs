using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Bookings;

/// <summary>
/// Attendance report query: <c>?fromUtc=&amp;toUtc=&amp;groupBy=ClassType&amp;locationId=&amp;classTypeId=&amp;coachId=</c>.
/// At most 366 days (<c>Bookings:ReportRangeTooLong</c>).
/// </summary>
public sealed class GetAttendanceReportInput : IValidatableObject
{
    /// <summary>Sessions starting at or after this instant (UTC).</summary>
    [Required]
    public DateTime? FromUtc { get; init; }

    /// <summary>Sessions starting before this instant (UTC); after <see cref="FromUtc"/>.</summary>
    [Required]
    public DateTime? ToUtc { get; init; }

    /// <summary>How rows are grouped; default by class type.</summary>
    public AttendanceReportGroupBy GroupBy { get; init; } = AttendanceReportGroupBy.ClassType;

    /// <summary>Only sessions at this location.</summary>
    public Guid? LocationId { get; init; }

    /// <summary>Only sessions of this class type.</summary>
    public Guid? ClassTypeId { get; init; }

    /// <summary>Only sessions with this coach.</summary>
    public Guid? CoachId { get; init; }

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (FromUtc is { } from && ToUtc is { } to && to <= from)
        {
            yield return new ValidationResult("ToUtc must be after FromUtc.", [nameof(ToUtc)]);
        }

        if (!Enum.IsDefined(GroupBy))
        {
            yield return new ValidationResult("GroupBy must be HourOfWeek, ClassType, Coach or Location.", [nameof(GroupBy)]);
        }
    }
}
