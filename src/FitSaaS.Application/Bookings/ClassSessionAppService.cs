using FitSaaS.Framework.Application;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Identity;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.Bookings;

/// <inheritdoc cref="IClassSessionAppService"/>
[Authorize(BookingsPermissions.ClassSessions.Default)]
public sealed class ClassSessionAppService(
    IClassSessionRepository sessions,
    IClassTypeRepository classTypes,
    ILocationRepository locations,
    IBookingRepository bookings,
    ClassSessionManager sessionManager,
    IUserLookupService users,
    TimeProvider clock) : ApplicationService, IClassSessionAppService
{
    /// <inheritdoc/>
    public async Task<PagedResultDto<ClassSessionDto>> GetListAsync(GetClassSessionListInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (field, descending) = BookingsSorting.Parse(input);
        var filter = new ClassSessionListFilter(input.FromUtc, input.ToUtc, input.LocationId, input.ClassTypeId, input.CoachId);
        var (items, total) = await sessions.GetPagedListAsync(filter, field, descending, input.SkipCount, input.MaxResultCount);
        var (types, places) = await ClassNameLookup.LoadAsync(classTypes, locations, items, s => s.ClassTypeId, s => s.LocationId);
        return new PagedResultDto<ClassSessionDto>(
            total,
            items.Select(s => s.ToDto(types.GetValueOrDefault(s.ClassTypeId), places.GetValueOrDefault(s.LocationId))).ToList());
    }

    /// <inheritdoc/>
    public async Task<ClassSessionDto> GetAsync(Guid id) => await MapAsync(await sessions.GetAsync(id));

    /// <inheritdoc/>
    [Authorize(BookingsPermissions.ClassSessions.Create)]
    public async Task<ClassSessionDto> CreateAsync(CreateClassSessionDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        await EnsureCoachExistsAsync(input.CoachId);
        var session = await sessionManager.CreateAsync(
            input.ClassTypeId, input.LocationId, input.StartsAtUtc!.Value, input.DurationMinutes, input.Capacity, input.CoachId);
        session.SetPolicy(input.Policy.ToOverrides());
        await sessions.InsertAsync(session, autoSave: true);
        return await MapAsync(session);
    }

    /// <inheritdoc/>
    [Authorize(BookingsPermissions.ClassSessions.Update)]
    public async Task<ClassSessionDto> UpdateAsync(Guid id, UpdateClassSessionDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        await EnsureCoachExistsAsync(input.CoachId);
        var session = await sessionManager.UpdateAsync(
            id, input.LocationId, input.StartsAtUtc!.Value, input.DurationMinutes, input.Capacity, input.CoachId, clock.GetUtcNow().UtcDateTime);
        session.SetPolicy(input.Policy.ToOverrides());
        if (input.ConcurrencyStamp is not null)
        {
            session.ConcurrencyStamp = input.ConcurrencyStamp;
        }

        await sessions.UpdateAsync(session, autoSave: true);
        return await MapAsync(session);
    }

    /// <inheritdoc/>
    [Authorize(BookingsPermissions.ClassSessions.Delete)]
    public Task DeleteAsync(Guid id) => sessionManager.DeleteAsync(id);

    /// <inheritdoc/>
    [Authorize(BookingsPermissions.ClassSessions.Roster)]
    public async Task<ClassSessionRosterDto> GetRosterAsync(Guid id)
    {
        var session = await sessions.GetAsync(id);
        var active = await bookings.GetActiveListAsync(session.Id);
        var names = await users.GetUserNamesAsync(active.Select(b => b.MemberId).Distinct().ToList());

        return new ClassSessionRosterDto
        {
            ClassSession = await MapAsync(session),
            Confirmed = active.Where(b => b.Status == BookingStatus.Confirmed).Select(b => b.ToRosterEntry(names.GetValueOrDefault(b.MemberId))).ToList(),
            Waitlisted = active.Where(b => b.Status == BookingStatus.Waitlisted).Select(b => b.ToRosterEntry(names.GetValueOrDefault(b.MemberId))).ToList(),
        };
    }

    /// <inheritdoc/>
    [Authorize(BookingsPermissions.ClassSessions.Update)]
    public async Task<ClassSessionDto> CancelAsync(Guid id, CancelClassSessionDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return await MapAsync(await sessionManager.CancelAsync(id, input.Reason!, clock.GetUtcNow().UtcDateTime));
    }

    /// <inheritdoc/>
    [Authorize(BookingsPermissions.ClassSessions.Update)]
    public async Task<BulkClassSessionResultDto> BulkUpdateAsync(BulkUpdateClassSessionsDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (input.Action == ClassSessionBulkAction.ChangeCoach)
        {
            await EnsureCoachExistsAsync(input.NewCoachId);
        }

        var filter = new ClassSessionListFilter(input.FromUtc, input.ToUtc, input.LocationId, input.ClassTypeId, input.CoachId);
        var (selected, total) = await sessions.GetPagedListAsync(filter, null, false, 0, ClassSessionConsts.MaxBulkSessions);
        if (total > ClassSessionConsts.MaxBulkSessions)
        {
            throw new BusinessException(BookingsErrorCodes.TooManySessions, $"The range selects {total} sessions; at most {ClassSessionConsts.MaxBulkSessions} can be changed at once.")
                .WithData("count", total)
                .WithData("max", ClassSessionConsts.MaxBulkSessions);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var items = new List<BulkClassSessionItemResultDto>(selected.Count);
        foreach (var session in selected)
        {
            // Each session on its own: the checks come before any change, so a refused one stays as it was.
            try
            {
                _ = input.Action switch
                {
                    ClassSessionBulkAction.Cancel => await sessionManager.CancelAsync(session.Id, input.Reason!, now),
                    ClassSessionBulkAction.ChangeCoach => await sessionManager.ChangeCoachAsync(session.Id, input.NewCoachId, now),
                    _ => await sessionManager.ChangeCapacityAsync(session.Id, input.NewCapacity!.Value, now),
                };
                items.Add(new BulkClassSessionItemResultDto { ClassSessionId = session.Id, StartsAtUtc = session.StartsAtUtc, Succeeded = true });
            }
            catch (BusinessException ex)
            {
                items.Add(new BulkClassSessionItemResultDto
                {
                    ClassSessionId = session.Id, StartsAtUtc = session.StartsAtUtc, Succeeded = false, ErrorCode = ex.Code, Error = ex.Message,
                });
            }
        }

        return new BulkClassSessionResultDto
        {
            SucceededCount = items.Count(i => i.Succeeded),
            FailedCount = items.Count(i => !i.Succeeded),
            Items = items,
        };
    }

    private async Task EnsureCoachExistsAsync(Guid? coachId)
    {
        if (coachId is { } id && id != Guid.Empty && await users.FindByIdAsync(id) is null)
        {
            throw new BusinessException(BookingsErrorCodes.CoachNotFound, "The coach is not a user of this gym.").WithData("coachId", id);
        }
    }

    private async Task<ClassSessionDto> MapAsync(ClassSession session) =>
        session.ToDto(await classTypes.FindAsync(session.ClassTypeId), await locations.FindAsync(session.LocationId));
}
