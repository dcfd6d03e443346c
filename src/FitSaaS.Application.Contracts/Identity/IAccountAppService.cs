using FitSaaS.Framework.Application;

namespace FitSaaS.Identity;

/// <summary>The account of the calling user: <c>/api/account/...</c>.</summary>
[HttpApiRoute("api/account")]
public interface IAccountAppService : IApplicationService
{
    /// <summary>
    /// <c>POST /api/account/register</c> (anonymous): creates a user with role <c>member</c> in the
    /// current tenant.
    /// </summary>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Identity:TenantRequired</c> (no tenant), <c>Identity:DuplicateUser</c>, <c>Features:QuotaExceeded</c> (the edition's member limit).</exception>
    /// <exception cref="Framework.Exceptions.FitSaaSValidationException">Invalid input or a password the policy rejects.</exception>
    Task<ProfileDto> RegisterAsync(RegisterDto input);

    /// <summary><c>GET /api/account/my-profile</c>: the signed-in user.</summary>
    Task<ProfileDto> GetMyProfileAsync();

    /// <summary><c>POST /api/account/change-password</c>: refresh tokens issued before stop working.</summary>
    /// <exception cref="Framework.Exceptions.FitSaaSValidationException">Wrong current password (<c>currentPassword</c>) or a new one the policy rejects (<c>newPassword</c>).</exception>
    Task ChangePasswordAsync(ChangePasswordDto input);

    /// <summary>
    /// <c>POST /api/account/send-password-reset-code</c> (anonymous, tenant-scoped): e-mails a reset link
    /// when the address belongs to a user of the tenant. Always succeeds, so it reveals nothing.
    /// </summary>
    Task SendPasswordResetCodeAsync(SendPasswordResetCodeDto input);

    /// <summary><c>POST /api/account/reset-password</c> (anonymous, tenant-scoped): sets the password with the e-mailed token.</summary>
    /// <exception cref="Framework.Exceptions.FitSaaSValidationException">Invalid or used token (<c>resetToken</c>), or a password the policy rejects.</exception>
    Task ResetPasswordAsync(ResetPasswordDto input);

    /// <summary><c>POST /api/account/send-email-confirmation</c>: e-mails a confirmation link to the signed-in user.</summary>
    Task SendEmailConfirmationAsync();

    /// <summary><c>POST /api/account/confirm-email</c> (anonymous, tenant-scoped): confirms the address with the e-mailed token.</summary>
    Task ConfirmEmailAsync(ConfirmEmailDto input);
}
