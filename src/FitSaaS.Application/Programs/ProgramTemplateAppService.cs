using FitSaaS.Framework.Application;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.Programs;

/// <inheritdoc cref="IProgramTemplateAppService"/>
[Authorize(ProgramsPermissions.Templates.Default)]
[RequiresFeature(ProgramsFeatures.Enabled)]
public sealed class ProgramTemplateAppService(
    IProgramTemplateRepository templates,
    IWorkoutRepository workouts,
    ITrackRepository tracks,
    ProgramTemplateApplier applier,
    IGuidGenerator guidGenerator,
    ICurrentTenant currentTenant) : ApplicationService, IProgramTemplateAppService
{
    /// <inheritdoc/>
    public async Task<ProgramTemplateDto> GetAsync(Guid id) => (await templates.GetAsync(id)).ToDto();

    /// <inheritdoc/>
    public async Task<PagedResultDto<ProgramTemplateDto>> GetListAsync(PagedResultRequestDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (items, total) = await templates.GetPagedListAsync(input.SkipCount, input.MaxResultCount);
        return new PagedResultDto<ProgramTemplateDto>(total, items.Select(t => t.ToDto()).ToList());
    }

    /// <inheritdoc/>
    [Authorize(ProgramsPermissions.Templates.Manage)]
    public async Task<ProgramTemplateDto> CreateAsync(CreateProgramTemplateDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var tenantId = currentTenant.Id ?? throw new AuthorizationException("Program templates belong to a tenant.");
        var days = await ToDaysAsync(input);
        var template = new ProgramTemplate(guidGenerator.Create(), tenantId, input.Name, input.Description, input.Weeks, days);
        await templates.InsertAsync(template);
        return template.ToDto();
    }

    /// <inheritdoc/>
    [Authorize(ProgramsPermissions.Templates.Manage)]
    public async Task<ProgramTemplateDto> UpdateAsync(Guid id, UpdateProgramTemplateDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var template = await templates.GetAsync(id);
        template.Change(input.Name, input.Description, input.Weeks, await ToDaysAsync(input));
        await templates.UpdateAsync(template);
        return template.ToDto();
    }

    /// <inheritdoc/>
    [Authorize(ProgramsPermissions.Templates.Manage)]
    public async Task DeleteAsync(Guid id) => await templates.DeleteAsync(await templates.GetAsync(id));

    /// <inheritdoc/>
    [Authorize(ProgramsPermissions.Tracks.Publish)]
    public async Task<ApplyProgramTemplateResultDto> ApplyAsync(Guid id, ApplyProgramTemplateDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var template = await templates.GetAsync(id);
        var track = await tracks.GetAsync(input.TrackId!.Value);
        var results = await applier.ApplyAsync(template, track, input.StartDate!.Value);
        return new ApplyProgramTemplateResultDto { Days = results.Select(r => r.ToDto()).ToList() };
    }

    private async Task<ProgramTemplateDay[]> ToDaysAsync(ProgramTemplateCreateOrUpdateDtoBase input)
    {
        var days = (input.Days ?? []).Select(d => new ProgramTemplateDay { DayOffset = d.DayOffset, WorkoutId = d.WorkoutId!.Value }).ToArray();
        var ids = days.Select(d => d.WorkoutId).Distinct().ToArray();
        var visible = (await workouts.GetVisibleListAsync(ids, currentTenant.Id)).Select(w => w.Id).ToHashSet();
        if (ids.Where(i => !visible.Contains(i)).Select(i => (Guid?)i).FirstOrDefault() is { } missing)
        {
            throw new BusinessException(ProgramsErrorCodes.WorkoutNotFound, "A day's workout is not in the library.").WithData("workoutId", missing);
        }

        return days;
    }
}
