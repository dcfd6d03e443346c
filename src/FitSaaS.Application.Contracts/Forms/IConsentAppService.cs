namespace FitSaaS.Forms;

/// <summary>
/// Consents (<c>/api/forms/consents</c>): health data (GDPR Art. 9), marketing and photos, each granted and withdrawn on its own,
/// separate from the terms; a withdrawal takes effect at once; every change is kept. Members for themselves and their dependants;
/// staff with <c>Consents.ManageForMembers</c> for anyone. Needs the tenant's <c>Forms.Enabled</c> feature.
/// </summary>
public interface IConsentAppService : Framework.Application.IApplicationService
{
    /// <summary>Grants a consent: <c>POST /api/forms/consents/grant</c> (granting one in force changes nothing).</summary>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Forms:MemberNotFound</c>.</exception>
    Task<ConsentDto> GrantAsync(ChangeConsentDto input);

    /// <summary>Withdraws a consent at once: <c>POST /api/forms/consents/withdraw</c>.</summary>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Forms:ConsentNotGranted</c>, <c>Forms:MemberNotFound</c>.</exception>
    Task<ConsentDto> WithdrawAsync(ChangeConsentDto input);

    /// <summary>A member's consents and their history.</summary>
    Task<MemberConsentsDto> GetListAsync(GetConsentListInput input);
}
