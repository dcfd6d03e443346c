using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.Forms;

/// <inheritdoc cref="IMemberProfileAppService"/>
[Authorize(FormsPermissions.Guardians.Default)]
[RequiresFeature(FormsFeatures.Enabled)]
public sealed class MemberProfileAppService(
    IMemberProfileRepository profiles,
    IGuardianLinkRepository links,
    GuardianshipManager guardianship,
    FormsCalendar calendar,
    FormsMembers members,
    TimeProvider clock) : Framework.Application.ApplicationService, IMemberProfileAppService
{
    private const string Manage = FormsPermissions.Guardians.Manage;

    /// <inheritdoc/>
    public async Task<MemberProfileDto> GetAsync(Guid id)
    {
        await EnsureVisibleAsync(id, write: false);
        return await ToDtoAsync(id, await profiles.FindByMemberAsync(id));
    }

    /// <inheritdoc/>
    public async Task<MemberProfileDto> UpdateAsync(Guid id, UpdateMemberProfileDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        await EnsureVisibleAsync(id, write: true);
        var profile = await guardianship.SetDateOfBirthAsync(id, input.DateOfBirth, clock.Now());
        return await ToDtoAsync(id, profile);
    }

    private async Task EnsureVisibleAsync(Guid memberId, bool write)
    {
        var self = members.CurrentUserId();
        var allowed = memberId == self || await members.CanManageAsync(Manage) || (!write && await links.ExistsAsync(self, memberId));
        if (!allowed)
        {
            throw new EntityNotFoundException(typeof(MemberProfile), memberId);
        }

        try
        {
            await members.EnsureMemberAsync(memberId);
        }
        catch (BusinessException)
        {
            throw new EntityNotFoundException(typeof(MemberProfile), memberId);
        }
    }

    private async Task<MemberProfileDto> ToDtoAsync(Guid memberId, MemberProfile? profile)
    {
        var now = clock.Now();
        var age = profile?.DateOfBirth is { } dateOfBirth ? FormsCalendar.AgeOn(dateOfBirth, await calendar.TodayAsync(now)) : (int?)null;
        var all = await links.GetListOfMemberAsync(memberId);
        return new MemberProfileDto
        {
            MemberId = memberId,
            DateOfBirth = profile?.DateOfBirth,
            Age = age,
            IsMinor = age is { } years && years < await calendar.GetAgeOfMajorityAsync(),
            Guardians = all.Where(l => l.DependantId == memberId).Select(l => l.ToDto()).ToList(),
            Dependants = all.Where(l => l.GuardianId == memberId).Select(l => l.ToDto()).ToList(),
        };
    }
}
