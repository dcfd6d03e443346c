using FitSaaS.Framework.Application;

namespace FitSaaS.Bookings;

/// <summary>Locations of the current tenant: <c>/api/bookings/locations</c>.</summary>
public interface ILocationAppService : IApplicationService
{
    /// <summary>A page of locations.</summary>
    Task<PagedResultDto<LocationDto>> GetListAsync(GetLocationListInput input);

    /// <summary>One location.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing or another tenant's.</exception>
    Task<LocationDto> GetAsync(Guid id);

    /// <summary>Creates a location.</summary>
    /// <exception cref="Framework.Exceptions.BusinessException">
    /// <see cref="Framework.Features.FeatureErrorCodes.QuotaExceeded"/> beyond the edition's <see cref="BookingsFeatures.MaxLocations"/>.
    /// </exception>
    /// <exception cref="Framework.Exceptions.FitSaaSValidationException">Invalid name or time zone.</exception>
    Task<LocationDto> CreateAsync(CreateLocationDto input);

    /// <summary>Renames a location or changes its time zone.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing or another tenant's.</exception>
    Task<LocationDto> UpdateAsync(Guid id, UpdateLocationDto input);

    /// <summary>Deletes (soft) a location no session uses.</summary>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Bookings:LocationInUse</c>.</exception>
    Task DeleteAsync(Guid id);
}
