using FitSaaS.Framework.Settings;
using Microsoft.AspNetCore.Identity;

namespace FitSaaS.Identity;

/// <summary>
/// The password policy of the current tenant, read from settings (<see cref="IdentitySettingNames.PasswordPolicy"/>)
/// in one read. Identity's static password options are all off, so this validator is the policy.
/// Error codes are Identity's (<c>PasswordTooShort</c>, …), so failures land on the <c>password</c> field.
/// </summary>
public sealed class SettingsPasswordValidator(ISettingProvider settings) : IPasswordValidator<AppUser>
{
    /// <inheritdoc/>
    public async Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(manager);
        password ??= string.Empty;
        var values = await settings.GetAllAsync(IdentitySettingNames.PasswordPolicy);
        var describer = manager.ErrorDescriber;
        var errors = new List<IdentityError>();
        var requiredLength = SettingProviderExtensions.Parse(values[IdentitySettingNames.RequiredLength], 6);
        if (password.Length < requiredLength)
        {
            errors.Add(describer.PasswordTooShort(requiredLength));
        }

        if (SettingProviderExtensions.Parse(values[IdentitySettingNames.RequireNonAlphanumeric], true) && password.All(char.IsLetterOrDigit))
        {
            errors.Add(describer.PasswordRequiresNonAlphanumeric());
        }

        if (SettingProviderExtensions.Parse(values[IdentitySettingNames.RequireDigit], true) && !password.Any(char.IsAsciiDigit))
        {
            errors.Add(describer.PasswordRequiresDigit());
        }

        if (SettingProviderExtensions.Parse(values[IdentitySettingNames.RequireLowercase], true) && !password.Any(char.IsLower))
        {
            errors.Add(describer.PasswordRequiresLower());
        }

        if (SettingProviderExtensions.Parse(values[IdentitySettingNames.RequireUppercase], true) && !password.Any(char.IsUpper))
        {
            errors.Add(describer.PasswordRequiresUpper());
        }

        return errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]);
    }
}
