namespace FitSaaS.Bookings;

/// <summary>Which sessions a list query returns; null members do not filter.</summary>
/// <param name="FromUtc">Sessions starting at or after this instant.</param>
/// <param name="ToUtc">Sessions starting before this instant.</param>
/// <param name="LocationId">Only at this location.</param>
/// <param name="ClassTypeId">Only of this class type.</param>
/// <param name="CoachId">Only with this coach.</param>
public sealed record ClassSessionListFilter(
    DateTime? FromUtc = null, DateTime? ToUtc = null, Guid? LocationId = null, Guid? ClassTypeId = null, Guid? CoachId = null);
