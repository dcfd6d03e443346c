using FitSaaS.Framework.Application;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.Forms;

/// <inheritdoc cref="IIssuedFormAppService"/>
[Authorize(FormsPermissions.IssuedForms.Default)]
[RequiresFeature(FormsFeatures.Enabled)]
public sealed class IssuedFormAppService(
    IIssuedFormRepository issuedForms,
    IFormRepository forms,
    FormManager formManager,
    FormsMembers members,
    TimeProvider clock) : ApplicationService, IIssuedFormAppService
{
    /// <summary>The most pending forms <see cref="GetPendingAsync"/> returns.</summary>
    private const int MaxPending = 100;

    /// <inheritdoc/>
    [Authorize(FormsPermissions.IssuedForms.Manage)]
    public async Task<IssuedFormDto> CreateAsync(IssueFormDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var form = await forms.FindAsync(input.FormId!.Value)
            ?? throw new BusinessException(FormsErrorCodes.UnknownForm, "The form is unknown to this gym.").WithData("formId", input.FormId.Value);
        var memberId = input.MemberId!.Value;
        await members.EnsureMemberAsync(memberId);
        var ticks = clock.GetUtcNow().UtcTicks;
        var issued = await formManager.IssueAsync(form, memberId, IssuedFormSource.Manual, members.CurrentUserId(), null, input.DueDate,
            new DateTime(ticks - (ticks % 10), DateTimeKind.Utc));
        return issued.ToDto(form);
    }

    /// <inheritdoc/>
    public async Task<IssuedFormDto> GetAsync(Guid id)
    {
        var issued = await issuedForms.GetAsync(id);
        if (issued.MemberId != members.CurrentUserId() && !await members.HasAnyAsync(FormsPermissions.IssuedForms.Manage))
        {
            throw new EntityNotFoundException(typeof(IssuedForm), id);
        }

        return issued.ToDto(await forms.FindAsync(issued.FormId));
    }

    /// <inheritdoc/>
    public async Task<PagedResultDto<IssuedFormDto>> GetListAsync(GetIssuedFormListInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        Guid? memberId = await members.HasAnyAsync(FormsPermissions.IssuedForms.Manage)
            ? input.MemberId
            : await members.ResolveAsync(input.MemberId, FormsPermissions.IssuedForms.Manage, mustExist: false);
        var (total, items) = await issuedForms.GetPagedListAsync(memberId, input.FormId, input.Status, input.SkipCount, input.MaxResultCount);
        return new PagedResultDto<IssuedFormDto>(total, await ToDtosAsync(items));
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<IssuedFormDto>> GetPendingAsync()
    {
        var (_, items) = await issuedForms.GetPagedListAsync(members.CurrentUserId(), null, IssuedFormStatus.Pending, 0, MaxPending);
        return (await ToDtosAsync(items)).OrderBy(i => i.IssuedAt).ThenBy(i => i.Id).ToList();
    }

    private async Task<List<IssuedFormDto>> ToDtosAsync(List<IssuedForm> items)
    {
        var byId = (await forms.GetByIdsAsync(items.Select(i => i.FormId).Distinct().ToList())).ToDictionary(f => f.Id);
        return items.Select(i => i.ToDto(byId.GetValueOrDefault(i.FormId))).ToList();
    }
}
