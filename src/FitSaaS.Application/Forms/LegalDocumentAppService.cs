using FitSaaS.Framework.Application;
using FitSaaS.Framework.Features;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.Forms;

/// <inheritdoc cref="ILegalDocumentAppService"/>
[Authorize(FormsPermissions.LegalDocuments.Default)]
[RequiresFeature(FormsFeatures.Enabled)]
public sealed class LegalDocumentAppService(
    ILegalDocumentRepository documents,
    ILegalDocumentVersionRepository versions,
    LegalDocumentManager manager,
    TimeProvider clock) : ApplicationService, ILegalDocumentAppService
{
    /// <inheritdoc/>
    [Authorize(FormsPermissions.LegalDocuments.Manage)]
    public async Task<LegalDocumentDto> CreateAsync(CreateLegalDocumentDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var document = await manager.CreateAsync(input.Kind!.Value, input.Title, Scope(input), input.Gates.ToGates());
        await documents.InsertAsync(document, autoSave: true);
        return document.ToDto([], clock.Now());
    }

    /// <inheritdoc/>
    public async Task<LegalDocumentDto> GetAsync(Guid id)
    {
        var document = await documents.GetAsync(id);
        var list = (await versions.GetListByDocumentAsync(id)).Select(v => v.ToDto(withText: true)).ToList();
        return document.ToDto(list, clock.Now());
    }

    /// <inheritdoc/>
    public async Task<PagedResultDto<LegalDocumentDto>> GetListAsync(GetLegalDocumentListInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var all = (await documents.GetAllAsync()).Where(d => input.Kind is null || d.Kind == input.Kind).ToList();
        var byDocument = (await versions.GetSummariesAsync(all.Select(d => d.Id).ToList())).ToLookup(v => v.LegalDocumentId);
        var now = clock.Now();
        return new PagedResultDto<LegalDocumentDto>(all.Count, all.Select(d => d.ToDto(byDocument[d.Id].Select(v => v.ToDto()).ToList(), now)).ToList());
    }

    /// <inheritdoc/>
    [Authorize(FormsPermissions.LegalDocuments.Manage)]
    public async Task<LegalDocumentDto> UpdateAsync(Guid id, UpdateLegalDocumentDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var document = await documents.GetAsync(id);
        document.Change(input.Title, Scope(input), input.Gates.ToGates());
        await documents.UpdateAsync(document, autoSave: true);
        return await GetAsync(id);
    }

    /// <inheritdoc/>
    [Authorize(FormsPermissions.LegalDocuments.Manage)]
    public async Task<LegalDocumentVersionDto> PublishVersionAsync(Guid id, PublishLegalDocumentVersionDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var document = await documents.GetAsync(id);
        var version = await manager.PublishVersionAsync(document, input.Text, input.EffectiveFrom, input.Policy!.Value, clock.Now());
        await versions.InsertAsync(version);
        await documents.UpdateAsync(document, autoSave: true);
        await manager.AnnounceToSignAsync(document, version); // members who must re-sign are told (Forms.LegalDocumentToSign.v1)
        return version.ToDto(withText: true);
    }

    private static LegalDocumentScope Scope(LegalDocumentCreateOrUpdateDtoBase input) =>
        new(input.AppliesToAll, input.ClassTypeIds ?? [], input.PlanIds ?? [], input.LocationIds ?? []);
}
