using FitSaaS.Bookings;
using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Programs;

/// <summary>Creates tracks and places them: the location and class types must be the tenant's (Bookings).</summary>
public sealed class TrackManager(
    ILocationRepository locations,
    IClassTypeRepository classTypes,
    IGuidGenerator guidGenerator,
    ICurrentTenant currentTenant) : IDomainService
{
    /// <summary>Creates a track of the current tenant; the caller inserts it.</summary>
    /// <exception cref="BusinessException"><see cref="ProgramsErrorCodes.LocationNotFound"/>; <see cref="ProgramsErrorCodes.ClassTypeNotFound"/>.</exception>
    public async Task<Track> CreateAsync(string name, Guid locationId, IReadOnlyCollection<Guid> classTypeIds, CancellationToken cancellationToken = default)
    {
        var tenantId = currentTenant.Id ?? throw new InvalidOperationException("Tracks belong to a tenant.");
        var track = new Track(guidGenerator.Create(), tenantId, name, locationId);
        await PlaceAsync(track, locationId, classTypeIds, cancellationToken);
        return track;
    }

    /// <summary>Moves a track to a location and class types of the tenant.</summary>
    /// <exception cref="BusinessException"><see cref="ProgramsErrorCodes.LocationNotFound"/>; <see cref="ProgramsErrorCodes.ClassTypeNotFound"/>.</exception>
    public async Task PlaceAsync(Track track, Guid locationId, IReadOnlyCollection<Guid> classTypeIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(track);
        ArgumentNullException.ThrowIfNull(classTypeIds);
        if (await locations.FindAsync(locationId, cancellationToken) is null)
        {
            throw new BusinessException(ProgramsErrorCodes.LocationNotFound, "The location is not a location of this gym.").WithData("locationId", locationId);
        }

        var distinct = classTypeIds.Distinct().ToArray();
        if (distinct.Length > 0)
        {
            var found = (await classTypes.GetListByIdsAsync(distinct, cancellationToken)).Select(c => c.Id).ToHashSet();
            if (distinct.Where(id => !found.Contains(id)).Select(id => (Guid?)id).FirstOrDefault() is { } missing)
            {
                throw new BusinessException(ProgramsErrorCodes.ClassTypeNotFound, "A class type is not a class type of this gym.").WithData("classTypeId", missing);
            }
        }

        track.Place(locationId, distinct);
    }
}
