using FitSaaS.Framework.Data;
using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using OpenIddict.Abstractions;

namespace FitSaaS.Identity;

/// <summary>
/// Seeds roles and the admin user of the host or of a tenant, the public OAuth clients of the host (first-party apps and
/// Swagger UI, brought in line with <see cref="IdentitySeedOptions"/> on every run), and on demo seeds 2 staff and 20 members.
/// Idempotent.
/// </summary>
public sealed class IdentityDataSeedContributor(
    UserManager<AppUser> userManager,
    RoleManager<AppRole> roleManager,
    IdentityUserManager identityUserManager,
    IOpenIddictApplicationManager applications,
    IGuidGenerator guids,
    ICurrentTenant currentTenant,
    IOptions<IdentitySeedOptions> options) : IDataSeedContributor, ITransientDependency
{
    /// <summary>Password of demo users.</summary>
    public const string DemoPassword = "1q2w3E*";

    /// <inheritdoc/>
    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        var roles = context.TenantId is null
            ? [IdentityConsts.AdminRole]
            : new[] { IdentityConsts.AdminRole, IdentityConsts.StaffRole, IdentityConsts.MemberRole };
        foreach (var role in roles)
        {
            if (await roleManager.FindByNameAsync(role) is null)
            {
                (await roleManager.CreateAsync(new AppRole(guids.Create(), currentTenant.Id, role))).CheckErrors();
            }
        }

        if (await userManager.FindByNameAsync(IdentityConsts.AdminUserName) is null)
        {
            var email = context.Properties.TryGetValue("AdminEmail", out var e) && e is string adminEmail
                ? adminEmail
                : context.TenantId is null ? options.Value.HostAdminEmail : $"admin@{currentTenant.Name ?? "tenant"}.fitsaas.local";
            var password = context.Properties.TryGetValue("AdminPassword", out var p) && p is string adminPassword
                ? adminPassword
                : context.TenantId is null ? options.Value.HostAdminPassword : DemoPassword;
            await identityUserManager.CreateAsync(IdentityConsts.AdminUserName, email, password, [IdentityConsts.AdminRole], "adminPassword");
        }

        if (context.TenantId is null)
        {
            var seed = options.Value;
            await CreateOrUpdateClientAsync(OAuthClientDescriptors.FirstPartyApp(seed.AppRedirectUris, seed.AppPostLogoutRedirectUris), cancellationToken);
            await CreateOrUpdateClientAsync(OAuthClientDescriptors.SwaggerClient(seed.SwaggerRootUrl), cancellationToken);
        }

        if (context.IncludeDemoData && context.TenantId is not null)
        {
            await SeedDemoUsersAsync();
        }
    }

    /// <summary>A public client seeded from configuration: created, or brought in line with the configuration (redirect URIs, permissions).</summary>
    private async Task CreateOrUpdateClientAsync(OpenIddictApplicationDescriptor descriptor, CancellationToken cancellationToken)
    {
        if (await applications.FindByClientIdAsync(descriptor.ClientId!, cancellationToken) is { } existing)
        {
            await applications.UpdateAsync(existing, descriptor, cancellationToken);
        }
        else
        {
            await applications.CreateAsync(descriptor, cancellationToken);
        }
    }

    private async Task SeedDemoUsersAsync()
    {
        var domain = $"{currentTenant.Name ?? "demo"}.fitsaas.local";
        var users = Enumerable.Range(1, 2).Select(i => ($"staff{i}", IdentityConsts.StaffRole))
            .Concat(Enumerable.Range(1, 20).Select(i => ($"member{i:00}", IdentityConsts.MemberRole)));
        foreach (var (userName, role) in users)
        {
            if (await userManager.FindByNameAsync(userName) is null)
            {
                await identityUserManager.CreateAsync(userName, $"{userName}@{domain}", DemoPassword, [role]);
            }
        }
    }
}

/// <summary>Configuration section <c>Identity</c>: the seeded host admin.</summary>
public sealed class IdentitySeedOptions
{
    /// <summary>Password of the host <c>admin</c> user when first seeded; default <c>1q2w3E*</c> — change it in production.</summary>
    public string HostAdminPassword { get; set; } = "1q2w3E*";

    /// <summary>E-mail of the host <c>admin</c> user; default <c>admin@fitsaas.local</c>.</summary>
    public string HostAdminEmail { get; set; } = "admin@fitsaas.local";

    /// <summary>
    /// The host's public root URL as browsers see it (scheme, host, port, path base); default <c>http://localhost:5080</c>. The
    /// Swagger UI client <see cref="IdentityConsts.SwaggerClientId"/> may redirect only to <c>{SwaggerRootUrl}/swagger/oauth2-redirect.html</c>.
    /// </summary>
    public Uri SwaggerRootUrl { get; set; } = new("http://localhost:5080");

    /// <summary>
    /// Redirect URIs of the first-party client <see cref="IdentityConsts.DefaultClientId"/> for the authorization code flow
    /// (e.g. <c>https://app.example.com/callback</c>, <c>com.example.gym:/callback</c>); default none (that client then has the
    /// password and refresh-token grants only).
    /// </summary>
    public IList<Uri> AppRedirectUris { get; } = [];

    /// <summary>Where the first-party client may return after sign-out (end-session endpoint); default none.</summary>
    public IList<Uri> AppPostLogoutRedirectUris { get; } = [];
}
