using FitSaaS.Framework.Application;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.Bookings;

/// <inheritdoc cref="IClassTypeAppService"/>
[Authorize(BookingsPermissions.ClassTypes.Default)]
public sealed class ClassTypeAppService(
    IClassTypeRepository classTypes,
    ClassTypeManager classTypeManager,
    IGuidGenerator guids,
    ICurrentTenant currentTenant) : ApplicationService, IClassTypeAppService
{
    /// <inheritdoc/>
    public async Task<PagedResultDto<ClassTypeDto>> GetListAsync(GetClassTypeListInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (field, descending) = BookingsSorting.Parse(input);
        var (items, total) = await classTypes.GetPagedListAsync(input.Filter, field, descending, input.SkipCount, input.MaxResultCount);
        return new PagedResultDto<ClassTypeDto>(total, items.Select(c => c.ToDto()).ToList());
    }

    /// <inheritdoc/>
    public async Task<ClassTypeDto> GetAsync(Guid id) => (await classTypes.GetAsync(id)).ToDto();

    /// <inheritdoc/>
    [Authorize(BookingsPermissions.ClassTypes.Create)]
    public async Task<ClassTypeDto> CreateAsync(CreateClassTypeDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var classType = new ClassType(guids.Create(), currentTenant.Id, input.Name, input.Description, input.DefaultCapacity, input.DurationMinutes);
        classType.SetPolicy(input.Policy.ToOverrides());
        await classTypes.InsertAsync(classType, autoSave: true);
        return classType.ToDto();
    }

    /// <inheritdoc/>
    [Authorize(BookingsPermissions.ClassTypes.Update)]
    public async Task<ClassTypeDto> UpdateAsync(Guid id, UpdateClassTypeDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var classType = await classTypes.GetAsync(id);
        if (input.ConcurrencyStamp is not null)
        {
            classType.ConcurrencyStamp = input.ConcurrencyStamp;
        }

        classType.Rename(input.Name);
        classType.Describe(input.Description);
        classType.ChangeDefaults(input.DefaultCapacity, input.DurationMinutes);
        classType.SetPolicy(input.Policy.ToOverrides());
        await classTypes.UpdateAsync(classType, autoSave: true);
        return classType.ToDto();
    }

    /// <inheritdoc/>
    [Authorize(BookingsPermissions.ClassTypes.Delete)]
    public async Task DeleteAsync(Guid id)
    {
        var classType = await classTypes.GetAsync(id);
        await classTypeManager.DeleteAsync(classType);
    }
}
