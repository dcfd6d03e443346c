namespace FitSaaS.Bookings;

/// <summary>Which sessions a list query returns; null members do not filter. Instants are normalized to UTC.</summary>
public sealed record ClassSessionListFilter
{
    /// <summary>Creates a filter.</summary>
    /// <param name="fromUtc">Sessions starting at or after this instant.</param>
    /// <param name="toUtc">Sessions starting before this instant.</param>
    /// <param name="locationId">Only at this location.</param>
    /// <param name="classTypeId">Only of this class type.</param>
    /// <param name="coachId">Only with this coach.</param>
    public ClassSessionListFilter(
        DateTime? fromUtc = null, DateTime? toUtc = null, Guid? locationId = null, Guid? classTypeId = null, Guid? coachId = null)
    {
        FromUtc = UtcInstant.From(fromUtc);
        ToUtc = UtcInstant.From(toUtc);
        LocationId = locationId;
        ClassTypeId = classTypeId;
        CoachId = coachId;
    }

    /// <summary>Sessions starting at or after this instant.</summary>
    public DateTime? FromUtc { get; }

    /// <summary>Sessions starting before this instant.</summary>
    public DateTime? ToUtc { get; }

    /// <summary>Only at this location.</summary>
    public Guid? LocationId { get; }

    /// <summary>Only of this class type.</summary>
    public Guid? ClassTypeId { get; }

    /// <summary>Only with this coach.</summary>
    public Guid? CoachId { get; }
}
