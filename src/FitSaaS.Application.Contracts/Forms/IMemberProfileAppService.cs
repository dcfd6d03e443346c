using FitSaaS.Framework.Application;

namespace FitSaaS.Forms;

/// <summary>
/// Members' profiles in Forms (<c>/api/forms/member-profiles/{memberId}</c>): the date of birth that tells minors from adults (on the
/// local date in the gym's zone) and the member's guardian links. A member reads their own (and dependants') and sets their own date
/// of birth; staff with <c>Guardians.Manage</c> anyone's. Needs the tenant's <c>Forms.Enabled</c> feature.
/// </summary>
public interface IMemberProfileAppService : IApplicationService
{
    /// <summary>The member's profile (<paramref name="id"/> is the member's user id).</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Not a user of this gym, or another member's without the permission.</exception>
    Task<MemberProfileDto> GetAsync(Guid id);

    /// <summary>Sets the member's date of birth.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Not a user of this gym, or another member's without the permission.</exception>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Forms:InvalidDateOfBirth</c>.</exception>
    Task<MemberProfileDto> UpdateAsync(Guid id, UpdateMemberProfileDto input);
}
