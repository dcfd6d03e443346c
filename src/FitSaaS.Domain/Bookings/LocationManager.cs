using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Bookings;

/// <summary>Owns the rules on locations that need other aggregates or the tenant's features.</summary>
public sealed class LocationManager(
    ILocationRepository locations,
    IClassSessionRepository sessions,
    IClassScheduleRepository schedules,
    IEnumerable<IBookingsReferenceChecker> referenceCheckers,
    FeatureQuota featureQuota,
    IGuidGenerator guids,
    ICurrentTenant currentTenant) : IDomainService
{
    /// <summary>
    /// Creates and inserts a location of the current tenant, within its <see cref="BookingsFeatures.MaxLocations"/>
    /// quota: the count and the insert run under the tenant's quota lock, so parallel requests never go beyond it.
    /// </summary>
    /// <exception cref="BusinessException"><c>Features:QuotaExceeded</c> (data <c>feature</c>, <c>limit</c>, <c>current</c>).</exception>
    public async Task<Location> CreateAsync(string name, string timeZoneId, CancellationToken cancellationToken = default)
    {
        await featureQuota.EnsureAvailableAsync(BookingsFeatures.MaxLocations, locations.CountAsync, cancellationToken);
        var location = new Location(guids.Create(), currentTenant.Id, name, timeZoneId);
        await locations.InsertAsync(location, autoSave: true, cancellationToken);
        return location;
    }

    /// <summary>Deletes (soft) a location no session, schedule or other module (<see cref="IBookingsReferenceChecker"/>) uses.</summary>
    /// <exception cref="BusinessException"><see cref="BookingsErrorCodes.LocationInUse"/>.</exception>
    public async Task DeleteAsync(Location location, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(location);
        if (await sessions.AnyAtLocationAsync(location.Id, cancellationToken) || await schedules.AnyAtLocationAsync(location.Id, cancellationToken))
        {
            throw new BusinessException(BookingsErrorCodes.LocationInUse, "Sessions or class schedules still take place at this location.")
                .WithData("locationId", location.Id);
        }

        foreach (var checker in referenceCheckers)
        {
            if (await checker.IsLocationReferencedAsync(location.Id, cancellationToken))
            {
                throw new BusinessException(BookingsErrorCodes.LocationInUse, $"The location is still used by {checker.ReferencedBy}.")
                    .WithData("locationId", location.Id).WithData("referencedBy", checker.ReferencedBy);
            }
        }

        await locations.DeleteAsync(location, cancellationToken: cancellationToken);
    }
}
