using System.Security.Claims;
using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.PersonalData;
using Microsoft.AspNetCore.Identity;

namespace FitSaaS.Identity;

/// <summary>
/// The Identity module's part in a data subject request (<c>Identity.Profile</c>): the member's user name, e-mail, phone,
/// roles, claims (e.g. names) and external logins — never the password hash, security stamp or tokens. Erasure pseudonymises
/// the user and closes it: user name <c>erased-&lt;id&gt;</c>, e-mail <c>erased-&lt;id&gt;@erased.invalid</c> (unconfirmed), no
/// phone, password, roles, claims, logins or tokens, inactive and locked out, a new security stamp. The user's id stays, so
/// the records other modules keep (invoices) point to the pseudonym.
/// </summary>
public sealed class IdentityPersonalDataHandler(UserManager<AppUser> userManager) : IPersonalDataHandler, ITransientDependency
{
    /// <summary>The prefix of a pseudonymised user's user name and e-mail.</summary>
    public const string PseudonymPrefix = "erased-";

    /// <summary>The domain of a pseudonymised user's e-mail (reserved, RFC 2606: never delivered).</summary>
    public const string PseudonymEmailDomain = "erased.invalid";

    /// <inheritdoc/>
    public string Area => "Identity.Profile";

    /// <summary>The pseudonymised user name of the user <paramref name="userId"/>.</summary>
    public static string PseudonymFor(Guid userId) => $"{PseudonymPrefix}{userId:N}";

    /// <inheritdoc/>
    public async Task<object?> ExportAsync(Guid memberId, CancellationToken cancellationToken = default)
    {
        var user = await userManager.FindByIdAsync(memberId.ToString());
        if (user is null)
        {
            return null;
        }

        var roles = await userManager.GetRolesAsync(user);
        var claims = await userManager.GetClaimsAsync(user);
        var logins = await userManager.GetLoginsAsync(user);
        return new
        {
            user.Id,
            user.UserName,
            user.Email,
            user.EmailConfirmed,
            user.Name,
            user.Surname,
            user.PhoneNumber,
            user.PhoneNumberConfirmed,
            user.IsActive,
            user.TwoFactorEnabled,
            CreationTime = DateTime.SpecifyKind(user.CreationTime, DateTimeKind.Utc),
            Roles = roles.Order(StringComparer.Ordinal).ToList(),
            Claims = claims.Select(c => new { c.Type, c.Value }).ToList(),
            Logins = logins.Select(l => new { l.LoginProvider, l.ProviderDisplayName }).ToList(),
        };
    }

    /// <inheritdoc/>
    public async Task<PersonalDataErasureResult> EraseAsync(Guid memberId, CancellationToken cancellationToken = default)
    {
        var user = await userManager.FindByIdAsync(memberId.ToString());
        var pseudonym = PseudonymFor(memberId);
        if (user is null || user.UserName == pseudonym && !user.IsActive)
        {
            return PersonalDataErasureResult.Nothing;
        }

        var roles = await userManager.GetRolesAsync(user);
        if (roles.Count > 0)
        {
            (await userManager.RemoveFromRolesAsync(user, roles)).CheckErrors();
        }

        IList<Claim> claims = await userManager.GetClaimsAsync(user);
        if (claims.Count > 0)
        {
            (await userManager.RemoveClaimsAsync(user, claims)).CheckErrors();
        }

        foreach (var login in await userManager.GetLoginsAsync(user))
        {
            (await userManager.RemoveLoginAsync(user, login.LoginProvider, login.ProviderKey)).CheckErrors();
        }

        if (await userManager.HasPasswordAsync(user))
        {
            (await userManager.RemovePasswordAsync(user)).CheckErrors();
        }

        user.UserName = pseudonym;
        user.Email = $"{pseudonym}@{PseudonymEmailDomain}";
        user.EmailConfirmed = false;
        user.Name = null;
        user.Surname = null;
        user.PhoneNumber = null;
        user.PhoneNumberConfirmed = false;
        user.TwoFactorEnabled = false;
        user.IsActive = false;
        user.LockoutEnabled = true;
        user.LockoutEnd = DateTimeOffset.MaxValue;

        // Validates, normalises and saves the user (the store publishes the changed user name and e-mail).
        (await userManager.UpdateSecurityStampAsync(user)).CheckErrors();
        return new PersonalDataErasureResult(0, 1, 0, "The user is kept pseudonymised and closed: other areas' retained records point to its id.");
    }
}
