using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Bookings;

/// <summary>The coach's sessions: <c>?fromUtc=&amp;toUtc=</c>, both optional; at most 92 days.</summary>
public sealed class GetCoachSessionListInput : IValidatableObject
{
    /// <summary>Sessions starting at or after this instant (UTC); default now.</summary>
    public DateTime? FromUtc { get; init; }

    /// <summary>Sessions starting before this instant (UTC); default 14 days after the start of the range.</summary>
    public DateTime? ToUtc { get; init; }

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (FromUtc is { } from && ToUtc is { } to)
        {
            if (to <= from)
            {
                yield return new ValidationResult("ToUtc must be after FromUtc.", [nameof(ToUtc)]);
            }
            else if (to - from > TimeSpan.FromDays(AttendanceReportConsts.CoachSessionsMaxDays))
            {
                yield return new ValidationResult($"The range can span at most {AttendanceReportConsts.CoachSessionsMaxDays} days.", [nameof(ToUtc)]);
            }
        }
        else if (FromUtc is null && ToUtc is { } end && end.ToUniversalTime() > DateTime.UtcNow.AddDays(AttendanceReportConsts.CoachSessionsMaxDays))
        {
            yield return new ValidationResult($"The range can span at most {AttendanceReportConsts.CoachSessionsMaxDays} days.", [nameof(ToUtc)]);
        }
    }
}
