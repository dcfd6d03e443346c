using FitSaaS.Framework.Modularity;
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
            })
            .AddRoles<AppRole>();
    }
}
