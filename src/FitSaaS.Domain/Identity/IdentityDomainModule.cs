using FitSaaS.Framework.Modularity;
using FitSaaS.Framework.Settings;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Identity;

/// <summary>The Identity module's domain: users and roles on ASP.NET Core Identity, OAuth clients, refresh tokens, signing keys.</summary>
[DependsOn(typeof(IdentityDomainSharedModule))]
public sealed class IdentityDomainModule : FitSaaSModule
{
    /// <inheritdoc/>
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Services.AddOptions<IdentitySeedOptions>().BindConfiguration("Identity");
        context.Services.AddIdentityCore<AppUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);

                // The password policy is per tenant, in settings (SettingsPasswordValidator): the static rules are off.
                options.Password.RequiredLength = 0;
                options.Password.RequiredUniqueChars = 0;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
            })
            .AddRoles<AppRole>()
            .AddPasswordValidator<SettingsPasswordValidator>()
            .AddDefaultTokenProviders();
        context.Services.Configure<SettingOptions>(o => o.DefinitionProviders.Add(typeof(IdentitySettingDefinitionProvider)));
    }
}
