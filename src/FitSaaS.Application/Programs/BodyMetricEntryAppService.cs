using FitSaaS.Framework.Application;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.Programs;

/// <inheritdoc cref="IBodyMetricEntryAppService"/>
[Authorize(ProgramsPermissions.BodyMetrics.Default)]
[RequiresFeature(ProgramsFeatures.Enabled)]
public sealed class BodyMetricEntryAppService(
    IBodyMetricEntryRepository entries,
    BodyMetricManager metrics,
    ProgramsMembers members,
    TimeProvider clock) : ApplicationService, IBodyMetricEntryAppService
{
    private const string Manage = ProgramsPermissions.BodyMetrics.ManageForMembers;

    /// <inheritdoc/>
    public async Task<BodyMetricEntryDto> CreateAsync(CreateBodyMetricEntryDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var memberId = await members.ResolveAsync(input.MemberId, Manage, mustExist: true);
        var metric = await metrics.GetAsync(input.MetricId);
        var now = Now();

        // Value is [Required]: the validation interceptor has rejected a null already.
        var entry = metrics.CreateEntry(memberId, metric, input.Value!.Value, input.Unit, input.MeasuredAt ?? now, now, input.Notes);
        await entries.InsertAsync(entry, autoSave: true);
        return entry.ToDto(metric);
    }

    /// <inheritdoc/>
    public async Task<BodyMetricEntryDto> GetAsync(Guid id)
    {
        var entry = await GetVisibleAsync(id);
        return entry.ToDto(await metrics.FindAsync(entry.MetricId));
    }

    /// <inheritdoc/>
    public async Task<PagedResultDto<BodyMetricEntryDto>> GetListAsync(GetBodyMetricEntryListInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var memberId = await members.ResolveAsync(input.MemberId, Manage, mustExist: false);
        var ascending = SortingSpec.TryParse(input.Sorting, [GetBodyMetricEntryListInput.SortByMeasuredAt], out var sorting) && !sorting.Descending;
        var (items, total) = await entries.GetPagedListAsync(
            memberId, input.MetricId, ToUtc(input.FromUtc), ToUtc(input.ToUtc), ascending, input.SkipCount, input.MaxResultCount);
        var known = (await metrics.GetAllAsync()).ToDictionary(m => m.Id);
        return new PagedResultDto<BodyMetricEntryDto>(total, items.Select(e => e.ToDto(known.GetValueOrDefault(e.MetricId))).ToList());
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<BodyMetricEntryDto>> GetLatestAsync(Guid? memberId = null)
    {
        var member = await members.ResolveAsync(memberId, Manage, mustExist: false);
        var all = await metrics.GetAllAsync();
        var order = all.Select((m, i) => (m.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var known = all.ToDictionary(m => m.Id);
        var latest = await entries.GetLatestPerMetricAsync(member);
        return latest
            .Where(e => known.ContainsKey(e.MetricId))
            .OrderBy(e => order[e.MetricId])
            .Select(e => e.ToDto(known[e.MetricId]))
            .ToList();
    }

    /// <inheritdoc/>
    public async Task<BodyMetricEntryDto> UpdateAsync(Guid id, UpdateBodyMetricEntryDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var entry = await GetVisibleAsync(id);
        var metric = await metrics.GetAsync(entry.MetricId);
        var now = Now();
        entry.Change(metric, input.Value!.Value, input.Unit, input.MeasuredAt ?? entry.MeasuredAt, now, input.Notes);
        await entries.UpdateAsync(entry, autoSave: true);
        return entry.ToDto(metric);
    }

    /// <inheritdoc/>
    public async Task DeleteAsync(Guid id) => await entries.DeleteAsync(await GetVisibleAsync(id));

    /// <summary>The entry if it is the caller's own or the caller manages members' metrics; otherwise it does not exist for them.</summary>
    private async Task<BodyMetricEntry> GetVisibleAsync(Guid id)
    {
        var entry = await entries.GetAsync(id);
        if (!await members.CanSeeAsync(entry.MemberId, Manage))
        {
            throw new EntityNotFoundException(typeof(BodyMetricEntry), id);
        }

        return entry;
    }

    private static DateTime? ToUtc(DateTime? value) => value switch
    {
        null => null,
        { Kind: DateTimeKind.Unspecified } v => DateTime.SpecifyKind(v, DateTimeKind.Utc),
        { } v => v.ToUniversalTime(),
    };

    private DateTime Now()
    {
        var ticks = clock.GetUtcNow().UtcTicks;
        return new DateTime(ticks - (ticks % 10), DateTimeKind.Utc);
    }
}
