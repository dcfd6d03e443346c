using System.ComponentModel.DataAnnotations;
using FitSaaS.Framework.Application;

namespace FitSaaS.Bookings;

/// <summary>
/// Timetable query: <c>?fromUtc=&amp;toUtc=&amp;locationId=&amp;classTypeId=&amp;coachId=&amp;sorting=startsAtUtc desc&amp;skipCount=&amp;maxResultCount=</c>.
/// Default order: by start.
/// </summary>
[AllowedSorting("startsAtUtc", "capacity", "creationTime")]
public sealed class GetClassSessionListInput : PagedAndSortedResultRequestDto, IValidatableObject
{
    /// <summary>Sessions starting at or after this instant (UTC).</summary>
    public DateTime? FromUtc { get; init; }

    /// <summary>Sessions starting before this instant (UTC).</summary>
    public DateTime? ToUtc { get; init; }

    /// <summary>Only at this location.</summary>
    public Guid? LocationId { get; init; }

    /// <summary>Only of this class type.</summary>
    public Guid? ClassTypeId { get; init; }

    /// <summary>Only with this coach.</summary>
    public Guid? CoachId { get; init; }

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (FromUtc is { } from && ToUtc is { } to && to < from)
        {
            yield return new ValidationResult("ToUtc must not be before FromUtc.", [nameof(ToUtc)]);
        }
    }
}
