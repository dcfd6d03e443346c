using FitSaaS.Framework.Application;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace FitSaaS.Identity;

/// <inheritdoc cref="IUserLookupService"/>
[Authorize]
public sealed class UserLookupService(UserManager<AppUser> userManager, IIdentityUserReadRepository users) : ApplicationService, IUserLookupService
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

    /// <inheritdoc/>
    public async Task<IReadOnlyDictionary<Guid, string>> GetUserNamesAsync(IReadOnlyCollection<Guid> ids) =>
        ids.Count == 0 ? new Dictionary<Guid, string>() : await users.GetUserNamesAsync(ids);
}
