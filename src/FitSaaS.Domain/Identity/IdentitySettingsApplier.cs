using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.Settings;
using Microsoft.AspNetCore.Identity;

namespace FitSaaS.Identity;

/// <summary>Applies the current tenant's Identity settings to a (scoped) <see cref="UserManager{TUser}"/>.</summary>
public sealed class IdentitySettingsApplier(ISettingProvider settings) : ITransientDependency
{
    /// <summary>
    /// Sets <paramref name="userManager"/>'s lockout options (attempts, duration) from the current
    /// tenant's settings. The manager gets its own copy of <see cref="IdentityOptions"/>: the
    /// application-wide options object is shared by every request and is never changed.
    /// </summary>
    public async Task ApplyLockoutAsync(UserManager<AppUser> userManager)
    {
        ArgumentNullException.ThrowIfNull(userManager);
        var values = await settings.GetAllAsync(IdentitySettingNames.Lockout);
        var shared = userManager.Options;
        userManager.Options = new IdentityOptions
        {
            ClaimsIdentity = shared.ClaimsIdentity,
            User = shared.User,
            Password = shared.Password,
            SignIn = shared.SignIn,
            Tokens = shared.Tokens,
            Stores = shared.Stores,
            Lockout = new LockoutOptions
            {
                AllowedForNewUsers = shared.Lockout.AllowedForNewUsers,
                MaxFailedAccessAttempts = Math.Max(1, SettingProviderExtensions.Parse(values[IdentitySettingNames.MaxFailedAccessAttempts], 5)),
                DefaultLockoutTimeSpan = TimeSpan.FromMinutes(Math.Max(1, SettingProviderExtensions.Parse(values[IdentitySettingNames.LockoutDurationMinutes], 5))),
            },
        };
    }
}
