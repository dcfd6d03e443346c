using FitSaaS.Framework.Application;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.Http;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.Forms;

/// <inheritdoc cref="ILegalSignatureAppService"/>
[Authorize(FormsPermissions.Signatures.Default)]
[RequiresFeature(FormsFeatures.Enabled)]
public sealed class LegalSignatureAppService(
    ILegalDocumentRepository documents,
    ILegalSignatureRepository signatures,
    LegalSignatureManager manager,
    LegalRequirementChecker requirements,
    FormsMembers members,
    ICurrentClient client,
    TimeProvider clock) : ApplicationService, ILegalSignatureAppService
{
    private const string Manage = FormsPermissions.Signatures.ManageForMembers;

    /// <inheritdoc/>
    public async Task<LegalSignatureDto> CreateAsync(SignLegalDocumentDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var self = members.CurrentUserId();
        var memberId = await members.ResolveAsync(input.MemberId, Manage);
        Guid signerId;
        if (memberId == self)
        {
            signerId = self;
        }
        else if (await members.CanManageAsync(Manage))
        {
            // Staff at the desk enter the member's own signature, or their guardian's.
            signerId = input.GuardianId ?? memberId;
            if (input.GuardianId is { } guardian)
            {
                await members.EnsureMemberAsync(guardian);
            }
        }
        else
        {
            // A guardian signs for a dependant (ResolveAsync checked the link).
            signerId = self;
        }

        var document = await documents.GetAsync(input.LegalDocumentId!.Value);
        var signature = await manager.SignAsync(
            document,
            new LegalSignatureManager.Request(
                input.VersionId!.Value, input.TextHash, memberId, signerId, self, input.TypedName, input.DrawnSignature, client.IpAddress, client.UserAgent),
            clock.Now());
        await signatures.InsertAsync(signature, autoSave: true);
        return signature.ToDto();
    }

    /// <inheritdoc/>
    public async Task<LegalSignatureDto> GetAsync(Guid id)
    {
        var signature = await signatures.GetAsync(id);
        if (!await members.CanSeeAsync(signature.MemberId, Manage) && signature.SignerId != members.CurrentUserId())
        {
            throw new EntityNotFoundException(typeof(LegalSignature), id);
        }

        return signature.ToDto();
    }

    /// <inheritdoc/>
    public async Task<PagedResultDto<LegalSignatureDto>> GetListAsync(GetLegalSignatureListInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        Guid? memberId = input.MemberId is null && await members.CanManageAsync(Manage) ? null : await members.ResolveAsync(input.MemberId, Manage);
        var (items, total) = await signatures.GetPagedListAsync(memberId, input.LegalDocumentId, input.SkipCount, input.MaxResultCount);
        return new PagedResultDto<LegalSignatureDto>(total, items.Select(s => s.ToDto()).ToList());
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<LegalDocumentToSignDto>> GetRequiredAsync(GetRequiredLegalDocumentsInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var memberId = await members.ResolveAsync(input.MemberId, Manage);
        var required = await requirements.GetRequiredAsync(
            memberId, new LegalTarget(input.Gate ?? LegalDocumentGates.None, input.ClassTypeId, input.PlanId, input.LocationId), clock.Now());
        return required.Select(r => r.ToDto()).ToList();
    }
}
