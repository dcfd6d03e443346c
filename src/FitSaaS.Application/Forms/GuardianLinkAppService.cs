using FitSaaS.Framework.Features;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.Forms;

/// <inheritdoc cref="IGuardianLinkAppService"/>
[Authorize(FormsPermissions.Guardians.Default)]
[RequiresFeature(FormsFeatures.Enabled)]
public sealed class GuardianLinkAppService(
    IGuardianLinkRepository links,
    GuardianshipManager guardianship,
    FormsMembers members,
    TimeProvider clock) : Framework.Application.ApplicationService, IGuardianLinkAppService
{
    private const string Manage = FormsPermissions.Guardians.Manage;

    /// <inheritdoc/>
    [Authorize(FormsPermissions.Guardians.Manage)]
    public async Task<GuardianLinkDto> CreateAsync(CreateGuardianLinkDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        await members.EnsureMemberAsync(input.GuardianId!.Value);
        await members.EnsureMemberAsync(input.DependantId!.Value);
        var link = await guardianship.LinkAsync(input.GuardianId.Value, input.DependantId.Value, clock.Now());
        await links.InsertAsync(link, autoSave: true);
        return link.ToDto();
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<GuardianLinkDto>> GetListAsync(GetGuardianLinkListInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var self = members.CurrentUserId();
        var memberId = input.MemberId ?? self;
        if (memberId != self && !await members.CanManageAsync(Manage))
        {
            throw new Framework.Exceptions.AuthorizationException($"Permission '{Manage}' is required for another member's links.") { PermissionName = Manage };
        }

        return (await links.GetListOfMemberAsync(memberId)).Select(l => l.ToDto()).ToList();
    }

    /// <inheritdoc/>
    [Authorize(FormsPermissions.Guardians.Manage)]
    public async Task DeleteAsync(Guid id)
    {
        var link = await links.GetAsync(id);
        await links.DeleteAsync(link, autoSave: true);
    }
}
