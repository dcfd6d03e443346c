using FitSaaS.Framework.Application;

namespace FitSaaS.Forms;

/// <summary>
/// Guardians and dependants (<c>/api/forms/guardian-links</c>): staff with <c>Guardians.Manage</c> link an adult member as the
/// guardian of another member (a minor) and unlink them; members see their own links. Needs the tenant's <c>Forms.Enabled</c> feature.
/// </summary>
public interface IGuardianLinkAppService : IApplicationService
{
    /// <summary>Links a guardian to a dependant.</summary>
    /// <exception cref="Framework.Exceptions.BusinessException">
    /// <c>Forms:MemberNotFound</c>, <c>Forms:GuardianNotAdult</c>, <c>Forms:InvalidGuardianLink</c>, <c>Forms:GuardianLinkExists</c>.
    /// </exception>
    Task<GuardianLinkDto> CreateAsync(CreateGuardianLinkDto input);

    /// <summary>A member's links (as guardian or dependant).</summary>
    Task<IReadOnlyList<GuardianLinkDto>> GetListAsync(GetGuardianLinkListInput input);

    /// <summary>Unlinks.</summary>
    /// <exception cref="Framework.Exceptions.EntityNotFoundException">Missing or another gym's.</exception>
    Task DeleteAsync(Guid id);
}
