using FitSaaS.Framework.Application;
using Microsoft.AspNetCore.Authorization;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Settings;
using FitSaaS.Identity;

namespace FitSaaS.Bookings;

/// <inheritdoc cref="IClassScheduleAppService"/>
[Authorize(BookingsPermissions.ClassSchedules.Default)]
public sealed class ClassScheduleAppService(
    IClassScheduleRepository schedules,
    IClassTypeRepository classTypes,
    ILocationRepository locations,
    ClassScheduleManager scheduleManager,
    IUserLookupService users,
    ISettingProvider settings,
    TimeProvider clock) : ApplicationService, IClassScheduleAppService
{
    /// <inheritdoc/>
    public async Task<PagedResultDto<ClassScheduleDto>> GetListAsync(GetClassScheduleListInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (items, total) = await schedules.GetPagedListAsync(input.LocationId, input.ClassTypeId, input.SkipCount, input.MaxResultCount);
        var (types, places) = await ClassNameLookup.LoadAsync(classTypes, locations, items, s => s.ClassTypeId, s => s.LocationId);
        return new PagedResultDto<ClassScheduleDto>(
            total,
            items.Select(s => s.ToDto(types.GetValueOrDefault(s.ClassTypeId), places.GetValueOrDefault(s.LocationId))).ToList());
    }

    /// <inheritdoc/>
    public async Task<ClassScheduleDto> GetAsync(Guid id) => await MapAsync(await schedules.GetAsync(id));

    /// <inheritdoc/>
    [Authorize(BookingsPermissions.ClassSchedules.Create)]
    public async Task<ClassScheduleDto> CreateAsync(CreateClassScheduleDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var schedule = await scheduleManager.CreateAsync(await ToDefinitionAsync(input));
        // Saved first: generation locks the schedule's row.
        await schedules.InsertAsync(schedule, autoSave: true);
        await scheduleManager.SyncAsync(schedule.Id, Now(), await HorizonDaysAsync());
        return await MapAsync(schedule);
    }

    /// <inheritdoc/>
    [Authorize(BookingsPermissions.ClassSchedules.Update)]
    public async Task<ClassScheduleDto> UpdateAsync(Guid id, UpdateClassScheduleDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (schedule, _) = await scheduleManager.UpdateAsync(id, await ToDefinitionAsync(input), Now(), await HorizonDaysAsync());
        if (input.ConcurrencyStamp is not null)
        {
            schedule.ConcurrencyStamp = input.ConcurrencyStamp;
        }

        await schedules.UpdateAsync(schedule);
        return await MapAsync(schedule);
    }

    /// <inheritdoc/>
    [Authorize(BookingsPermissions.ClassSchedules.Delete)]
    public async Task DeleteAsync(Guid id) => await scheduleManager.DeleteAsync(id, Now());

    /// <inheritdoc/>
    [Authorize(BookingsPermissions.ClassSchedules.Update)]
    public async Task<ClassScheduleSyncResultDto> GenerateSessionsAsync(Guid id)
    {
        var result = await scheduleManager.SyncAsync(id, Now(), await HorizonDaysAsync());
        return new ClassScheduleSyncResultDto { Created = result.Created, Updated = result.Updated, Removed = result.Removed, Kept = result.Kept };
    }

    private async Task<ClassScheduleDefinition> ToDefinitionAsync(ClassScheduleDefinitionDto input)
    {
        if (input.CoachId is { } coachId && coachId != Guid.Empty && await users.FindByIdAsync(coachId) is null)
        {
            throw new BusinessException(BookingsErrorCodes.CoachNotFound, "The coach is not a user of this gym.").WithData("coachId", coachId);
        }

        var classType = await classTypes.FindAsync(input.ClassTypeId) ??
            throw new BusinessException(BookingsErrorCodes.ClassTypeNotFound, "The class type does not exist.").WithData("classTypeId", input.ClassTypeId);
        return new ClassScheduleDefinition(
            classType.Id,
            input.LocationId,
            input.CoachId,
            input.Capacity ?? classType.DefaultCapacity,
            input.DurationMinutes ?? classType.DurationMinutes,
            input.StartDate!.Value,
            input.LocalStartTime!.Value,
            input.RecurrenceRule!,
            input.ExcludedDates ?? []);
    }

    private async Task<int> HorizonDaysAsync() =>
        await settings.GetAsync(BookingsSettingNames.ScheduleHorizonDays, ClassScheduleConsts.DefaultHorizonDays);

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;

    private async Task<ClassScheduleDto> MapAsync(ClassSchedule schedule) =>
        schedule.ToDto(await classTypes.FindAsync(schedule.ClassTypeId), await locations.FindAsync(schedule.LocationId));
}
