using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;
using Microsoft.AspNetCore.Identity;

namespace FitSaaS.Identity;

/// <summary>Creates users of the current tenant with a password and roles, as one step.</summary>
public sealed class IdentityUserManager(UserManager<AppUser> userManager, IGuidGenerator guids, ICurrentTenant currentTenant) : IDomainService
{
    /// <summary>Creates a user in the current tenant (null = host) and adds the roles.</summary>
    /// <exception cref="Framework.Exceptions.BusinessException"><see cref="IdentityErrorCodes.DuplicateUser"/>.</exception>
    /// <exception cref="Framework.Exceptions.FitSaaSValidationException">Password policy or invalid name/e-mail.</exception>
    public async Task<AppUser> CreateAsync(string userName, string? email, string password, IEnumerable<string> roles, string passwordField = "password")
    {
        var user = new AppUser(guids.Create(), currentTenant.Id, userName, email);
        (await userManager.CreateAsync(user, password)).CheckErrors(passwordField);
        var roleList = roles.ToList();
        if (roleList.Count > 0)
        {
            (await userManager.AddToRolesAsync(user, roleList)).CheckErrors(passwordField);
        }

        return user;
    }
}
