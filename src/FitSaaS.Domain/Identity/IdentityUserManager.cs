using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Features;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;
using Microsoft.AspNetCore.Identity;

namespace FitSaaS.Identity;

/// <summary>
/// Creates users of the current tenant with a password and roles, as one step, and enforces the tenant's
/// member quota (<see cref="IdentityFeatures.MaxMembers"/>; only the <c>member</c> role counts).
/// </summary>
public sealed class IdentityUserManager(
    UserManager<AppUser> userManager,
    IGuidGenerator guids,
    ICurrentTenant currentTenant,
    FeatureQuota featureQuota,
    IIdentityUserReadRepository users) : IDomainService
{
    /// <summary>Creates a user in the current tenant (null = host) and adds the roles.</summary>
    /// <exception cref="Framework.Exceptions.BusinessException">
    /// <see cref="IdentityErrorCodes.DuplicateUser"/>; <c>Features:QuotaExceeded</c> for one member too many.
    /// </exception>
    /// <exception cref="Framework.Exceptions.FitSaaSValidationException">Password policy or invalid name/e-mail.</exception>
    public async Task<AppUser> CreateAsync(string userName, string? email, string password, IEnumerable<string> roles, string passwordField = "password")
    {
        var roleList = roles.ToList();
        if (roleList.Contains(IdentityConsts.MemberRole, StringComparer.OrdinalIgnoreCase))
        {
            await EnsureMemberQuotaAsync();
        }

        var user = new AppUser(guids.Create(), currentTenant.Id, userName, email);
        (await userManager.CreateAsync(user, password)).CheckErrors(passwordField);
        if (roleList.Count > 0)
        {
            (await userManager.AddToRolesAsync(user, roleList)).CheckErrors(passwordField);
        }

        return user;
    }

    /// <summary>
    /// Throws when the current tenant cannot have one more member. Takes the tenant's member-quota lock for
    /// the rest of the transaction, so concurrent registrations are counted one after the other.
    /// </summary>
    /// <exception cref="Framework.Exceptions.BusinessException"><c>Features:QuotaExceeded</c> (data <c>feature</c>, <c>limit</c>, <c>current</c>).</exception>
    public Task EnsureMemberQuotaAsync(CancellationToken cancellationToken = default) =>
        featureQuota.EnsureAvailableAsync(
            IdentityFeatures.MaxMembers,
            ct => users.CountInRoleAsync(IdentityConsts.MemberRole.ToUpperInvariant(), ct),
            cancellationToken);
}
