using FitSaaS.Framework.Application;

namespace FitSaaS.Identity;

/// <summary>Admins manage the users of their tenant (host admins: host users): <c>/api/identity/users</c>.</summary>
public interface IUserAppService : IApplicationService
{
    /// <summary>A page of users, filterable by text and role.</summary>
    Task<PagedResultDto<IdentityUserDto>> GetListAsync(GetIdentityUserListInput input);

    /// <summary>One user.</summary>
    Task<IdentityUserDto> GetAsync(Guid id);

    /// <summary>Creates a user with roles.</summary>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Identity:DuplicateUser</c>, <c>Identity:UnknownRole</c>, <c>Features:QuotaExceeded</c> (the edition's member limit).</exception>
    Task<IdentityUserDto> CreateAsync(CreateIdentityUserDto input);

    /// <summary>Changes e-mail, active flag and (optionally) the complete role set.</summary>
    /// <exception cref="Framework.Exceptions.BusinessException">
    /// <see cref="IdentityErrorCodes.CannotChangeSelf"/> (deactivating oneself), <see cref="IdentityErrorCodes.UnknownRole"/>.
    /// </exception>
    Task<IdentityUserDto> UpdateAsync(Guid id, UpdateIdentityUserDto input);

    /// <summary>Deletes the user (not yourself).</summary>
    /// <exception cref="Framework.Exceptions.BusinessException"><see cref="IdentityErrorCodes.CannotChangeSelf"/>.</exception>
    Task DeleteAsync(Guid id);

    /// <summary>Locks the user out for the given minutes; refresh tokens stop working at once.</summary>
    /// <exception cref="Framework.Exceptions.BusinessException"><see cref="IdentityErrorCodes.CannotChangeSelf"/>.</exception>
    Task<IdentityUserDto> LockAsync(Guid id, LockIdentityUserDto input);

    /// <summary>Ends a lockout and resets the failed-attempt count.</summary>
    Task<IdentityUserDto> UnlockAsync(Guid id);

    /// <summary>Sets a new password; the user's refresh tokens stop working.</summary>
    Task ResetPasswordAsync(Guid id, ResetIdentityUserPasswordDto input);
}
