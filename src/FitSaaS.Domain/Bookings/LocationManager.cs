using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;

namespace FitSaaS.Bookings;

/// <summary>Owns the rules on locations that need other aggregates.</summary>
public sealed class LocationManager(ILocationRepository locations, IClassSessionRepository sessions) : IDomainService
{
    /// <summary>Deletes (soft) a location no session uses.</summary>
    /// <exception cref="BusinessException"><see cref="BookingsErrorCodes.LocationInUse"/>.</exception>
    public async Task DeleteAsync(Location location, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(location);
        if (await sessions.AnyAtLocationAsync(location.Id, cancellationToken))
        {
            throw new BusinessException(BookingsErrorCodes.LocationInUse, "Sessions still take place at this location.")
                .WithData("locationId", location.Id);
        }

        await locations.DeleteAsync(location, cancellationToken: cancellationToken);
    }
}
