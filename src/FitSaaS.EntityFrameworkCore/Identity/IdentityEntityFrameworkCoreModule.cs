using FitSaaS.Framework.BackgroundJobs;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.Modularity;
using FitSaaS.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FitSaaS.EntityFrameworkCore.Identity;

/// <summary>
/// The Identity module on EF Core: its repositories (conventional registration of this folder), the ASP.NET Core Identity
/// user and role stores (<see cref="AppUserStore"/>, <see cref="AppRoleStore"/>), OpenIddict's core over its EF Core stores
/// in <see cref="FitSaaSDbContext"/> and the daily token pruning (<see cref="TokenPruningJob"/>). Its model is part of the
/// shared <see cref="FitSaaSDbContext"/> (<see cref="IdentityModelBuilderExtensions"/>).
/// </summary>
[DependsOn(typeof(IdentityDomainModule), typeof(FitSaaSFrameworkEntityFrameworkCoreModule))]
public sealed class IdentityEntityFrameworkCoreModule : FitSaaSModule
{
    /// <inheritdoc/>
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.Services;
        services.AddBackgroundJob<TokenPruningJob, TokenPruningArgs>();
        services.AddRecurringJob(TokenPruningJob.ScheduleName, TokenPruningJob.Cron, new TokenPruningArgs());
        services.AddScoped<IUserStore<AppUser>, AppUserStore>();
        AddOpenIddictCore(services);
        services.AddScoped<IRoleStore<AppRole>, AppRoleStore>();
    }

    /// <summary>
    /// OpenIddict's core (managers) over its EF Core stores in <see cref="FitSaaSDbContext"/>, on the kit's entities
    /// (<see cref="OAuthApplication"/> etc., with <c>TenantId</c>), always in the host database. Every host (web, migrator)
    /// gets it, so data seeding can register clients; the web host adds the server and validation.
    /// </summary>
    private static void AddOpenIddictCore(IServiceCollection services)
    {
        services.AddOpenIddict().AddCore(options =>
        {
            options.UseEntityFrameworkCore()
                .UseDbContext<FitSaaSDbContext>()
                .ReplaceDefaultEntities<OAuthApplication, OAuthAuthorization, OAuthScope, OAuthToken, Guid>();
            options.ReplaceApplicationStore<OAuthApplication, OAuthApplicationStore>(ServiceLifetime.Scoped);
            options.ReplaceAuthorizationStore<OAuthAuthorization, OAuthAuthorizationStore>(ServiceLifetime.Scoped);
            options.ReplaceTokenStore<OAuthToken, OAuthTokenStore>(ServiceLifetime.Scoped);
        });

        // After AddOpenIddict, whose EF Core integration registers the context this replaces.
        services.Replace(ServiceDescriptor.Scoped<OpenIddict.EntityFrameworkCore.IOpenIddictEntityFrameworkCoreContext, HostDbContextForOpenIddict>());
    }
}
