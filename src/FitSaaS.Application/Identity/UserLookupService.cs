using FitSaaS.Framework.Application;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace FitSaaS.Identity;

/// <inheritdoc cref="IUserLookupService"/>
[Authorize]
public sealed class UserLookupService(UserManager<AppUser> userManager) : ApplicationService, IUserLookupService
{
    /// <inheritdoc/>
    public async Task<UserLookupDto?> FindByIdAsync(Guid id)
    {
        var user = await userManager.FindByIdAsync(id.ToString());
        if (user is null)
        {
            return null;
        }

        return new UserLookupDto { Id = user.Id, UserName = user.UserName!, Roles = [.. await userManager.GetRolesAsync(user)] };
    }
}
