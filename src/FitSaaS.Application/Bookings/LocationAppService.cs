using FitSaaS.Framework.Application;
using FitSaaS.Framework.Settings;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.Bookings;

/// <inheritdoc cref="ILocationAppService"/>
[Authorize(BookingsPermissions.Locations.Default)]
public sealed class LocationAppService(
    ILocationRepository locations,
    LocationManager locationManager,
    ISettingProvider settings) : ApplicationService, ILocationAppService
{
    /// <inheritdoc/>
    public async Task<PagedResultDto<LocationDto>> GetListAsync(GetLocationListInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (field, descending) = BookingsSorting.Parse(input);
        var (items, total) = await locations.GetPagedListAsync(input.Filter, field, descending, input.SkipCount, input.MaxResultCount);
        return new PagedResultDto<LocationDto>(total, items.Select(l => l.ToDto()).ToList());
    }

    /// <inheritdoc/>
    public async Task<LocationDto> GetAsync(Guid id) => (await locations.GetAsync(id)).ToDto();

    /// <inheritdoc/>
    [Authorize(BookingsPermissions.Locations.Create)]
    public async Task<LocationDto> CreateAsync(CreateLocationDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var timeZoneId = string.IsNullOrWhiteSpace(input.TimeZoneId)
            ? await settings.GetOrNullAsync(BookingsSettingNames.DefaultTimeZone) ?? "UTC"
            : input.TimeZoneId;
        var policy = input.Policy.ToOverrides()?.Validate();
        var location = await locationManager.CreateAsync(input.Name, timeZoneId);
        if (policy is not null)
        {
            location.SetPolicy(policy);
            await locations.UpdateAsync(location, autoSave: true);
        }

        return location.ToDto();
    }

    /// <inheritdoc/>
    [Authorize(BookingsPermissions.Locations.Update)]
    public async Task<LocationDto> UpdateAsync(Guid id, UpdateLocationDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var location = await locations.GetAsync(id);
        if (input.ConcurrencyStamp is not null)
        {
            location.ConcurrencyStamp = input.ConcurrencyStamp;
        }

        location.Rename(input.Name);
        location.ChangeTimeZone(input.TimeZoneId);
        location.SetPolicy(input.Policy.ToOverrides());
        await locations.UpdateAsync(location, autoSave: true);
        return location.ToDto();
    }

    /// <inheritdoc/>
    [Authorize(BookingsPermissions.Locations.Delete)]
    public async Task DeleteAsync(Guid id)
    {
        var location = await locations.GetAsync(id);
        await locationManager.DeleteAsync(location);
    }
}
