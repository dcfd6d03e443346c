using FitSaaS.Framework.Application;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.Forms;

/// <inheritdoc cref="IFormAppService"/>
[Authorize(FormsPermissions.Forms.Default)]
[RequiresFeature(FormsFeatures.Enabled)]
public sealed class FormAppService(IFormRepository forms, IFormVersionRepository versions, FormManager formManager, TimeProvider clock)
    : ApplicationService, IFormAppService
{
    /// <inheritdoc/>
    [Authorize(FormsPermissions.Forms.Manage)]
    public async Task<FormDto> CreateAsync(CreateFormDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var form = formManager.Create(input.Name, input.Description, input.Purpose, ToFields(input.Fields), input.IssueOnMembershipActivation);
        await forms.InsertAsync(form, autoSave: true);
        return form.ToDto();
    }

    /// <inheritdoc/>
    [Authorize(FormsPermissions.Forms.Manage)]
    public async Task<FormDto> GetAsync(Guid id) => (await forms.GetAsync(id)).ToDto();

    /// <inheritdoc/>
    [Authorize(FormsPermissions.Forms.Manage)]
    public async Task<PagedResultDto<FormDto>> GetListAsync(GetFormListInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (total, items) = await forms.GetPagedListAsync(input.Purpose, input.SkipCount, input.MaxResultCount);
        return new PagedResultDto<FormDto>(total, items.Select(f => f.ToDto()).ToList());
    }

    /// <inheritdoc/>
    [Authorize(FormsPermissions.Forms.Manage)]
    public async Task<FormDto> UpdateAsync(Guid id, UpdateFormDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var form = await forms.GetAsync(id);
        form.Edit(input.Name, input.Description, input.Purpose, ToFields(input.Fields), input.IssueOnMembershipActivation);
        await forms.UpdateAsync(form, autoSave: true);
        return form.ToDto();
    }

    /// <inheritdoc/>
    [Authorize(FormsPermissions.Forms.Manage)]
    public async Task<FormVersionDto> PublishAsync(Guid id)
    {
        var form = await forms.GetAsync(id);
        var ticks = clock.GetUtcNow().UtcTicks;
        var version = await formManager.PublishAsync(form, new DateTime(ticks - (ticks % 10), DateTimeKind.Utc));
        await forms.UpdateAsync(form, autoSave: true);
        return version.ToDto();
    }

    /// <inheritdoc/>
    [Authorize(FormsPermissions.Forms.Manage)]
    public async Task<IReadOnlyList<FormVersionDto>> GetVersionsAsync(Guid id)
    {
        var form = await forms.GetAsync(id);
        return (await versions.GetListByFormAsync(form.Id)).Select(v => v.ToDto()).ToList();
    }

    /// <inheritdoc/>
    public async Task<FormVersionDto> GetVersionAsync(Guid versionId) => (await versions.GetAsync(versionId)).ToDto();

    private static List<FormField> ToFields(IReadOnlyList<FormFieldDto>? fields)
    {
        var list = fields ?? [];
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is null)
            {
                throw new FitSaaSValidationException($"fields[{i}]", "A field is required.");
            }
        }

        return list.Select(f => f.ToField()).ToList();
    }
}
