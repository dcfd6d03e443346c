namespace FitSaaS.Bookings;

/// <summary>
/// An extension point for modules that reference Bookings' locations and class types (Programs' tracks), so Bookings refuses
/// to delete one still in use without knowing those modules. Every registered checker (DI,
/// <c>IEnumerable&lt;IBookingsReferenceChecker&gt;</c>) is asked before a location or class type is deleted, in the current
/// tenant.
/// </summary>
public interface IBookingsReferenceChecker
{
    /// <summary>What references them, plural, for the refusal's message and data (e.g. <c>tracks</c>).</summary>
    string ReferencedBy { get; }

    /// <summary>True when the location is referenced.</summary>
    Task<bool> IsLocationReferencedAsync(Guid locationId, CancellationToken cancellationToken = default);

    /// <summary>True when the class type is referenced.</summary>
    Task<bool> IsClassTypeReferencedAsync(Guid classTypeId, CancellationToken cancellationToken = default);
}
