namespace FitSaaS.Forms;

/// <summary>Where a legal document applies.</summary>
/// <param name="AppliesToAll">Every member (then the lists are empty).</param>
/// <param name="ClassTypeIds">Class types (Bookings) whose sessions it applies to.</param>
/// <param name="PlanIds">Plans (Billing) whose purchase it applies to.</param>
/// <param name="LocationIds">Locations (Bookings) whose sessions it applies to.</param>
public sealed record LegalDocumentScope(bool AppliesToAll, IReadOnlyList<Guid> ClassTypeIds, IReadOnlyList<Guid> PlanIds, IReadOnlyList<Guid> LocationIds)
{
    /// <summary>Every member.</summary>
    public static LegalDocumentScope All { get; } = new(true, [], [], []);
}
