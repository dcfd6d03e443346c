using System.Security.Claims;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.Events.Distributed;
using FitSaaS.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Identity;

/// <summary>
/// ASP.NET Core Identity's user store for <see cref="AppUser"/> (ABP's <c>IdentityUserStore</c> in spirit): each call gets the
/// current tenant's context asynchronously from <see cref="IDbContextProvider{TDbContext}"/> and hands it to EF Core's
/// <c>UserStore</c>, which does the work. So choosing a tenant's database never blocks (ADR 0036), the store joins the active
/// unit of work like any repository, and a tenant change inside a scope reaches Identity too. Saves at once (Identity's
/// <c>AutoSaveChanges</c> default). Not supported: <see cref="IQueryableUserStore{TUser}"/> (use the read repository) and passkeys.
/// Every path that saves users comes through here, so this is where Identity's distributed events are published, through the
/// outbox of the same unit of work (ADR 0050): <see cref="IdentityUserChangedEto"/> when an update saves a new user name or
/// e-mail (compared with the values the context loaded; a user the context does not track counts as changed), and
/// <see cref="IdentityUserDeletedEto"/> when a user is deleted. Neither is published when the save fails.
/// </summary>
public sealed class AppUserStore(
    IDbContextProvider<FitSaaSDbContext> dbContextProvider,
    IDistributedEventBus eventBus,
    TimeProvider clock,
    IdentityErrorDescriber? describer = null) :
    IUserAuthenticationTokenStore<AppUser>,
    IUserAuthenticatorKeyStore<AppUser>,
    IUserClaimStore<AppUser>,
    IUserEmailStore<AppUser>,
    IUserLockoutStore<AppUser>,
    IUserLoginStore<AppUser>,
    IUserPasswordStore<AppUser>,
    IUserPhoneNumberStore<AppUser>,
    IUserRoleStore<AppUser>,
    IUserSecurityStampStore<AppUser>,
    IUserStore<AppUser>,
    IUserTwoFactorRecoveryCodeStore<AppUser>,
    IUserTwoFactorStore<AppUser>
{
    private readonly StorePerDbContext<UserStore<AppUser, AppRole, FitSaaSDbContext, Guid, AppUserClaim, AppUserRole, AppUserLogin, AppUserToken, AppRoleClaim>> _stores = new(dbContextProvider, typeof(AppUser), context => new(context, describer));

    /// <inheritdoc/>
    public async Task SetTokenAsync(AppUser user, string loginProvider, string name, string? value, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).SetTokenAsync(user, loginProvider, name, value, cancellationToken);

    /// <inheritdoc/>
    public async Task RemoveTokenAsync(AppUser user, string loginProvider, string name, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).RemoveTokenAsync(user, loginProvider, name, cancellationToken);

    /// <inheritdoc/>
    public async Task<string?> GetTokenAsync(AppUser user, string loginProvider, string name, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).GetTokenAsync(user, loginProvider, name, cancellationToken);

    /// <inheritdoc/>
    public async Task SetAuthenticatorKeyAsync(AppUser user, string key, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).SetAuthenticatorKeyAsync(user, key, cancellationToken);

    /// <inheritdoc/>
    public async Task<string?> GetAuthenticatorKeyAsync(AppUser user, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).GetAuthenticatorKeyAsync(user, cancellationToken);

    /// <inheritdoc/>
    public async Task<IList<Claim>> GetClaimsAsync(AppUser user, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).GetClaimsAsync(user, cancellationToken);

    /// <inheritdoc/>
    public async Task AddClaimsAsync(AppUser user, IEnumerable<Claim> claims, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).AddClaimsAsync(user, claims, cancellationToken);

    /// <inheritdoc/>
    public async Task ReplaceClaimAsync(AppUser user, Claim claim, Claim newClaim, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).ReplaceClaimAsync(user, claim, newClaim, cancellationToken);

    /// <inheritdoc/>
    public async Task RemoveClaimsAsync(AppUser user, IEnumerable<Claim> claims, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).RemoveClaimsAsync(user, claims, cancellationToken);

    /// <inheritdoc/>
    public async Task<IList<AppUser>> GetUsersForClaimAsync(Claim claim, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).GetUsersForClaimAsync(claim, cancellationToken);

    /// <inheritdoc/>
    public async Task SetEmailAsync(AppUser user, string? email, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).SetEmailAsync(user, email, cancellationToken);

    /// <inheritdoc/>
    public async Task<string?> GetEmailAsync(AppUser user, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).GetEmailAsync(user, cancellationToken);

    /// <inheritdoc/>
    public async Task<bool> GetEmailConfirmedAsync(AppUser user, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).GetEmailConfirmedAsync(user, cancellationToken);

    /// <inheritdoc/>
    public async Task SetEmailConfirmedAsync(AppUser user, bool confirmed, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).SetEmailConfirmedAsync(user, confirmed, cancellationToken);

    /// <inheritdoc/>
    public async Task<AppUser?> FindByEmailAsync(string normalizedEmail, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).FindByEmailAsync(normalizedEmail, cancellationToken);

    /// <inheritdoc/>
    public async Task<string?> GetNormalizedEmailAsync(AppUser user, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).GetNormalizedEmailAsync(user, cancellationToken);

    /// <inheritdoc/>
    public async Task SetNormalizedEmailAsync(AppUser user, string? normalizedEmail, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).SetNormalizedEmailAsync(user, normalizedEmail, cancellationToken);

    /// <inheritdoc/>
    public async Task<DateTimeOffset?> GetLockoutEndDateAsync(AppUser user, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).GetLockoutEndDateAsync(user, cancellationToken);

    /// <inheritdoc/>
    public async Task SetLockoutEndDateAsync(AppUser user, DateTimeOffset? lockoutEnd, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).SetLockoutEndDateAsync(user, lockoutEnd, cancellationToken);

    /// <inheritdoc/>
    public async Task<int> IncrementAccessFailedCountAsync(AppUser user, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).IncrementAccessFailedCountAsync(user, cancellationToken);

    /// <inheritdoc/>
    public async Task ResetAccessFailedCountAsync(AppUser user, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).ResetAccessFailedCountAsync(user, cancellationToken);

    /// <inheritdoc/>
    public async Task<int> GetAccessFailedCountAsync(AppUser user, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).GetAccessFailedCountAsync(user, cancellationToken);

    /// <inheritdoc/>
    public async Task<bool> GetLockoutEnabledAsync(AppUser user, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).GetLockoutEnabledAsync(user, cancellationToken);

    /// <inheritdoc/>
    public async Task SetLockoutEnabledAsync(AppUser user, bool enabled, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).SetLockoutEnabledAsync(user, enabled, cancellationToken);

    /// <inheritdoc/>
    public async Task AddLoginAsync(AppUser user, UserLoginInfo login, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).AddLoginAsync(user, login, cancellationToken);

    /// <inheritdoc/>
    public async Task RemoveLoginAsync(AppUser user, string loginProvider, string providerKey, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).RemoveLoginAsync(user, loginProvider, providerKey, cancellationToken);

    /// <inheritdoc/>
    public async Task<IList<UserLoginInfo>> GetLoginsAsync(AppUser user, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).GetLoginsAsync(user, cancellationToken);

    /// <inheritdoc/>
    public async Task<AppUser?> FindByLoginAsync(string loginProvider, string providerKey, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).FindByLoginAsync(loginProvider, providerKey, cancellationToken);

    /// <inheritdoc/>
    public async Task SetPasswordHashAsync(AppUser user, string? passwordHash, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).SetPasswordHashAsync(user, passwordHash, cancellationToken);

    /// <inheritdoc/>
    public async Task<string?> GetPasswordHashAsync(AppUser user, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).GetPasswordHashAsync(user, cancellationToken);

    /// <inheritdoc/>
    public async Task<bool> HasPasswordAsync(AppUser user, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).HasPasswordAsync(user, cancellationToken);

    /// <inheritdoc/>
    public async Task SetPhoneNumberAsync(AppUser user, string? phoneNumber, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).SetPhoneNumberAsync(user, phoneNumber, cancellationToken);

    /// <inheritdoc/>
    public async Task<string?> GetPhoneNumberAsync(AppUser user, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).GetPhoneNumberAsync(user, cancellationToken);

    /// <inheritdoc/>
    public async Task<bool> GetPhoneNumberConfirmedAsync(AppUser user, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).GetPhoneNumberConfirmedAsync(user, cancellationToken);

    /// <inheritdoc/>
    public async Task SetPhoneNumberConfirmedAsync(AppUser user, bool confirmed, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).SetPhoneNumberConfirmedAsync(user, confirmed, cancellationToken);

    /// <inheritdoc/>
    public async Task AddToRoleAsync(AppUser user, string roleName, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).AddToRoleAsync(user, roleName, cancellationToken);

    /// <inheritdoc/>
    public async Task RemoveFromRoleAsync(AppUser user, string roleName, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).RemoveFromRoleAsync(user, roleName, cancellationToken);

    /// <inheritdoc/>
    public async Task<IList<string>> GetRolesAsync(AppUser user, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).GetRolesAsync(user, cancellationToken);

    /// <inheritdoc/>
    public async Task<bool> IsInRoleAsync(AppUser user, string roleName, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).IsInRoleAsync(user, roleName, cancellationToken);

    /// <inheritdoc/>
    public async Task<IList<AppUser>> GetUsersInRoleAsync(string roleName, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).GetUsersInRoleAsync(roleName, cancellationToken);

    /// <inheritdoc/>
    public async Task SetSecurityStampAsync(AppUser user, string stamp, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).SetSecurityStampAsync(user, stamp, cancellationToken);

    /// <inheritdoc/>
    public async Task<string?> GetSecurityStampAsync(AppUser user, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).GetSecurityStampAsync(user, cancellationToken);

    /// <inheritdoc/>
    public async Task<string> GetUserIdAsync(AppUser user, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).GetUserIdAsync(user, cancellationToken);

    /// <inheritdoc/>
    public async Task<string?> GetUserNameAsync(AppUser user, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).GetUserNameAsync(user, cancellationToken);

    /// <inheritdoc/>
    public async Task SetUserNameAsync(AppUser user, string? userName, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).SetUserNameAsync(user, userName, cancellationToken);

    /// <inheritdoc/>
    public async Task<string?> GetNormalizedUserNameAsync(AppUser user, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).GetNormalizedUserNameAsync(user, cancellationToken);

    /// <inheritdoc/>
    public async Task SetNormalizedUserNameAsync(AppUser user, string? normalizedName, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).SetNormalizedUserNameAsync(user, normalizedName, cancellationToken);

    /// <inheritdoc/>
    public async Task<IdentityResult> CreateAsync(AppUser user, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).CreateAsync(user, cancellationToken);

    /// <inheritdoc/>
    /// <remarks>Publishes <see cref="IdentityUserChangedEto"/> when the saved user name or e-mail differs from the loaded one.</remarks>
    public async Task<IdentityResult> UpdateAsync(AppUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var inner = await InnerAsync(cancellationToken);
        var profileChanged = ProfileChanged(inner.Context.Entry(user));
        var result = await inner.UpdateAsync(user, cancellationToken);
        if (result.Succeeded && profileChanged)
        {
            await eventBus.PublishAsync(
                new IdentityUserChangedEto
                {
                    UserId = user.Id,
                    TenantId = user.TenantId,
                    UserName = user.UserName ?? string.Empty,
                    Email = user.Email,
                    OccurredAtUtc = clock.GetUtcNow().UtcDateTime,
                },
                cancellationToken);
        }

        return result;
    }

    /// <inheritdoc/>
    /// <remarks>Publishes <see cref="IdentityUserDeletedEto"/> when the user was deleted.</remarks>
    public async Task<IdentityResult> DeleteAsync(AppUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var result = await (await InnerAsync(cancellationToken)).DeleteAsync(user, cancellationToken);
        if (result.Succeeded)
        {
            await eventBus.PublishAsync(
                new IdentityUserDeletedEto { UserId = user.Id, TenantId = user.TenantId, OccurredAtUtc = clock.GetUtcNow().UtcDateTime },
                cancellationToken);
        }

        return result;
    }

    /// <inheritdoc/>
    public async Task<AppUser?> FindByIdAsync(string userId, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).FindByIdAsync(userId, cancellationToken);

    /// <inheritdoc/>
    public async Task<AppUser?> FindByNameAsync(string normalizedUserName, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).FindByNameAsync(normalizedUserName, cancellationToken);

    /// <inheritdoc/>
    public async Task ReplaceCodesAsync(AppUser user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).ReplaceCodesAsync(user, recoveryCodes, cancellationToken);

    /// <inheritdoc/>
    public async Task<bool> RedeemCodeAsync(AppUser user, string code, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).RedeemCodeAsync(user, code, cancellationToken);

    /// <inheritdoc/>
    public async Task<int> CountCodesAsync(AppUser user, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).CountCodesAsync(user, cancellationToken);

    /// <inheritdoc/>
    public async Task SetTwoFactorEnabledAsync(AppUser user, bool enabled, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).SetTwoFactorEnabledAsync(user, enabled, cancellationToken);

    /// <inheritdoc/>
    public async Task<bool> GetTwoFactorEnabledAsync(AppUser user, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).GetTwoFactorEnabledAsync(user, cancellationToken);

    /// <inheritdoc/>
    public void Dispose() => _stores.Dispose();

    /// <summary>Whether saving <paramref name="entry"/> changes the user name or e-mail (unknown for an untracked user: yes).</summary>
    private static bool ProfileChanged(Microsoft.EntityFrameworkCore.ChangeTracking.EntityEntry<AppUser> entry) =>
        entry.State == EntityState.Detached ||
        !string.Equals(entry.Property(u => u.UserName).OriginalValue, entry.Entity.UserName, StringComparison.Ordinal) ||
        !string.Equals(entry.Property(u => u.Email).OriginalValue, entry.Entity.Email, StringComparison.Ordinal);

    private ValueTask<UserStore<AppUser, AppRole, FitSaaSDbContext, Guid, AppUserClaim, AppUserRole, AppUserLogin, AppUserToken, AppRoleClaim>> InnerAsync(CancellationToken cancellationToken) => _stores.GetAsync(cancellationToken);
}
