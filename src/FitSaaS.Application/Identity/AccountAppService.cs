using FitSaaS.Framework.Application;
using FitSaaS.Framework.Emailing;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Users;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace FitSaaS.Identity;

/// <inheritdoc cref="IAccountAppService"/>
public sealed class AccountAppService(
    IdentityUserManager identityUserManager,
    UserManager<AppUser> userManager,
    IEmailSender emailSender,
    IOptions<AccountOptions> options,
    ICurrentTenant currentTenant,
    ICurrentUser currentUser) : ApplicationService, IAccountAppService
{
    /// <inheritdoc/>
    [AllowAnonymous]
    public async Task<ProfileDto> RegisterAsync(RegisterDto input)
    {
        RequireTenant();
        var user = await identityUserManager.CreateAsync(input.UserName, input.Email, input.Password, [IdentityConsts.MemberRole]);
        await SendConfirmationAsync(user);
        return ToProfile(user, [IdentityConsts.MemberRole]);
    }

    /// <inheritdoc/>
    [Authorize]
    public async Task<ProfileDto> GetMyProfileAsync()
    {
        var user = await GetCurrentUserAsync();
        return ToProfile(user, [.. await userManager.GetRolesAsync(user)]);
    }

    /// <inheritdoc/>
    [Authorize]
    public async Task ChangePasswordAsync(ChangePasswordDto input)
    {
        var user = await GetCurrentUserAsync();
        if (!await userManager.CheckPasswordAsync(user, input.CurrentPassword))
        {
            throw new FitSaaSValidationException("currentPassword", "The current password is incorrect.");
        }

        (await userManager.ChangePasswordAsync(user, input.CurrentPassword, input.NewPassword)).CheckErrors("newPassword");
    }

    /// <inheritdoc/>
    [AllowAnonymous]
    public async Task SendPasswordResetCodeAsync(SendPasswordResetCodeDto input)
    {
        RequireTenant();
        var user = await userManager.FindByEmailAsync(input.Email);
        if (user is null || !user.IsActive)
        {
            return;
        }

        var token = await userManager.GeneratePasswordResetTokenAsync(user);
        await emailSender.SendAsync(new EmailMessage(
            user.Email!,
            "Reset your FitSaaS password",
            $"Someone asked to reset the password of '{user.UserName}' at {currentTenant.Name}. If it was you, open:\n\n" +
            $"{Link("reset-password", user, token)}\n\nThe link works once. If it was not you, ignore this e-mail."));
    }

    /// <inheritdoc/>
    [AllowAnonymous]
    public async Task ResetPasswordAsync(ResetPasswordDto input)
    {
        RequireTenant();
        var user = await userManager.FindByIdAsync(input.UserId.ToString())
            ?? throw new FitSaaSValidationException("resetToken", "The reset link is invalid or expired.");
        var result = await userManager.ResetPasswordAsync(user, input.ResetToken, input.Password);
        if (result.Errors.Any(e => e.Code == "InvalidToken"))
        {
            throw new FitSaaSValidationException("resetToken", "The reset link is invalid or expired.");
        }

        result.CheckErrors();
    }

    /// <inheritdoc/>
    [Authorize]
    public async Task SendEmailConfirmationAsync() => await SendConfirmationAsync(await GetCurrentUserAsync());

    /// <inheritdoc/>
    [AllowAnonymous]
    public async Task ConfirmEmailAsync(ConfirmEmailDto input)
    {
        RequireTenant();
        var user = await userManager.FindByIdAsync(input.UserId.ToString())
            ?? throw new FitSaaSValidationException("token", "The confirmation link is invalid.");
        if (!(await userManager.ConfirmEmailAsync(user, input.Token)).Succeeded)
        {
            throw new FitSaaSValidationException("token", "The confirmation link is invalid.");
        }
    }

    private async Task SendConfirmationAsync(AppUser user)
    {
        if (user.Email is null || user.EmailConfirmed)
        {
            return;
        }

        var token = await userManager.GenerateEmailConfirmationTokenAsync(user);
        await emailSender.SendAsync(new EmailMessage(
            user.Email,
            "Confirm your e-mail address",
            $"Welcome to {currentTenant.Name}! Confirm your address by opening:\n\n{Link("confirm-email", user, token)}\n"));
    }

    private string Link(string page, AppUser user, string token) =>
        $"{options.Value.ClientUrl.TrimEnd('/')}/{page}?userId={user.Id}&token={Uri.EscapeDataString(token)}&__tenant={Uri.EscapeDataString(currentTenant.Name ?? string.Empty)}";

    private void RequireTenant()
    {
        if (!currentTenant.IsAvailable)
        {
            throw new BusinessException(IdentityErrorCodes.TenantRequired, "This needs a tenant: send the __tenant header.");
        }
    }

    private async Task<AppUser> GetCurrentUserAsync() =>
        await userManager.FindByIdAsync(currentUser.Id?.ToString() ?? string.Empty)
            ?? throw new EntityNotFoundException(typeof(AppUser), currentUser.Id);

    private static ProfileDto ToProfile(AppUser user, IReadOnlyList<string> roles) => new()
    {
        Id = user.Id,
        TenantId = user.TenantId,
        UserName = user.UserName!,
        Email = user.Email,
        Roles = roles,
    };
}
