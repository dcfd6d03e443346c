using FitSaaS.Framework.Features;
using FitSaaS.Framework.Http;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.Forms;

/// <inheritdoc cref="IConsentAppService"/>
[Authorize(FormsPermissions.Consents.Default)]
[RequiresFeature(FormsFeatures.Enabled)]
public sealed class ConsentAppService(
    IConsentRepository consents,
    ConsentManager manager,
    FormsMembers members,
    ICurrentClient client,
    TimeProvider clock) : Framework.Application.ApplicationService, IConsentAppService
{
    private const string Manage = FormsPermissions.Consents.ManageForMembers;

    /// <inheritdoc/>
    public async Task<ConsentDto> GrantAsync(ChangeConsentDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var memberId = await members.ResolveAsync(input.MemberId, Manage);
        return (await manager.GrantAsync(memberId, input.Purpose!.Value, Evidence(input), clock.Now())).ToDto();
    }

    /// <inheritdoc/>
    public async Task<ConsentDto> WithdrawAsync(ChangeConsentDto input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var memberId = await members.ResolveAsync(input.MemberId, Manage);
        return (await manager.WithdrawAsync(memberId, input.Purpose!.Value, Evidence(input), clock.Now())).ToDto();
    }

    /// <inheritdoc/>
    public async Task<MemberConsentsDto> GetListAsync(GetConsentListInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var memberId = await members.ResolveAsync(input.MemberId, Manage);
        var history = await consents.GetListByMemberAsync(memberId);
        var granted = history.GroupBy(c => c.Purpose).Select(g => g.First()).Where(c => c.Granted).Select(c => c.Purpose).OrderBy(p => p).ToList();
        return new MemberConsentsDto { MemberId = memberId, Granted = granted, History = history.Select(c => c.ToDto()).ToList() };
    }

    private ConsentManager.Evidence Evidence(ChangeConsentDto input) => new(members.CurrentUserId(), input.Note, client.IpAddress, client.UserAgent);
}
