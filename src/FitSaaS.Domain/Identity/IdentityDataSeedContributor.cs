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
/// Swagger UI, brought in line with <see cref="IdentitySeedOptions"/> on every run), and on demo seeds 2 staff and 20 members,
/// whose ids it leaves in <see cref="IdentityConsts.DemoMemberIdsSeedProperty"/> for the demo data of later modules (on every
/// run, so a second run sees them too). Idempotent.
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
            context.Properties[IdentityConsts.DemoMemberIdsSeedProperty] = await SeedDemoUsersAsync();
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

    /// <summary>The demo users' given and family names: staff1, staff2, then member01 to member20.</summary>
    private static readonly (string Name, string Surname)[] DemoNames =
    [
        ("Maya", "Okafor"), ("Luis", "Ferreira"),
        ("Ava", "Lindqvist"), ("Noah", "Tanaka"), ("Zoe", "Mensah"), ("Ethan", "Kowalski"), ("Lea", "Dubois"),
        ("Omar", "Haddad"), ("Iris", "Novak"), ("Jonas", "Berg"), ("Priya", "Raman"), ("Mateo", "Rossi"),
        ("Hana", "Sato"), ("Felix", "Wagner"), ("Nora", "O'Brien"), ("Samuel", "Adeyemi"), ("Elif", "Yilmaz"),
        ("Lucas", "Moreau"), ("Sofia", "Costa"), ("Daniel", "Kim"), ("Amara", "Diallo"), ("Theo", "Jansen"),
    ];

    /// <summary>Creates the missing demo users (with names and a fictional 555-01xx phone number); returns the ids of the demo members, in user-name order.</summary>
    private async Task<IReadOnlyList<Guid>> SeedDemoUsersAsync()
    {
        var domain = $"{currentTenant.Name ?? "demo"}.fitsaas.local";
        var users = Enumerable.Range(1, 2).Select(i => ($"staff{i}", IdentityConsts.StaffRole))
            .Concat(Enumerable.Range(1, 20).Select(i => ($"member{i:00}", IdentityConsts.MemberRole)))
            .Select((user, index) => (user.Item1, user.Item2, new AppUserProfile(DemoNames[index].Name, DemoNames[index].Surname, $"+1 202 555 01{index:00}")));
        var members = new List<Guid>();
        foreach (var (userName, role, profile) in users)
        {
            var user = await userManager.FindByNameAsync(userName)
                ?? await identityUserManager.CreateAsync(userName, $"{userName}@{domain}", DemoPassword, [role], profile: profile);
            if (role == IdentityConsts.MemberRole)
            {
                members.Add(user.Id);
            }
        }

        return members;
    }
}
