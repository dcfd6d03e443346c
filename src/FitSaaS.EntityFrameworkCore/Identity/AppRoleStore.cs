using System.Security.Claims;
using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Identity;

/// <summary>
/// ASP.NET Core Identity's role store for <see cref="AppRole"/>: as <see cref="AppUserStore"/>, each call gets the current
/// tenant's context asynchronously and hands it to EF Core's <c>RoleStore</c>. Not supported: <see cref="IQueryableRoleStore{TRole}"/>
/// (use the read repository).
/// </summary>
public sealed class AppRoleStore(IDbContextProvider<FitSaaSDbContext> dbContextProvider, IdentityErrorDescriber? describer = null) :
    IRoleClaimStore<AppRole>,
    IRoleStore<AppRole>
{
    private readonly StorePerDbContext<RoleStore<AppRole, FitSaaSDbContext, Guid, AppUserRole, AppRoleClaim>> _stores = new(dbContextProvider, typeof(AppRole), context => new(context, describer));

    /// <inheritdoc/>
    public async Task<IList<Claim>> GetClaimsAsync(AppRole role, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).GetClaimsAsync(role, cancellationToken);

    /// <inheritdoc/>
    public async Task AddClaimAsync(AppRole role, Claim claim, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).AddClaimAsync(role, claim, cancellationToken);

    /// <inheritdoc/>
    public async Task RemoveClaimAsync(AppRole role, Claim claim, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).RemoveClaimAsync(role, claim, cancellationToken);

    /// <inheritdoc/>
    public async Task<IdentityResult> CreateAsync(AppRole role, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).CreateAsync(role, cancellationToken);

    /// <inheritdoc/>
    public async Task<IdentityResult> UpdateAsync(AppRole role, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).UpdateAsync(role, cancellationToken);

    /// <inheritdoc/>
    public async Task<IdentityResult> DeleteAsync(AppRole role, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).DeleteAsync(role, cancellationToken);

    /// <inheritdoc/>
    public async Task<string> GetRoleIdAsync(AppRole role, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).GetRoleIdAsync(role, cancellationToken);

    /// <inheritdoc/>
    public async Task<string?> GetRoleNameAsync(AppRole role, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).GetRoleNameAsync(role, cancellationToken);

    /// <inheritdoc/>
    public async Task SetRoleNameAsync(AppRole role, string? roleName, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).SetRoleNameAsync(role, roleName, cancellationToken);

    /// <inheritdoc/>
    public async Task<string?> GetNormalizedRoleNameAsync(AppRole role, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).GetNormalizedRoleNameAsync(role, cancellationToken);

    /// <inheritdoc/>
    public async Task SetNormalizedRoleNameAsync(AppRole role, string? normalizedName, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).SetNormalizedRoleNameAsync(role, normalizedName, cancellationToken);

    /// <inheritdoc/>
    public async Task<AppRole?> FindByIdAsync(string roleId, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).FindByIdAsync(roleId, cancellationToken);

    /// <inheritdoc/>
    public async Task<AppRole?> FindByNameAsync(string normalizedRoleName, CancellationToken cancellationToken) =>
        await (await InnerAsync(cancellationToken)).FindByNameAsync(normalizedRoleName, cancellationToken);

    /// <inheritdoc/>
    public void Dispose() => _stores.Dispose();

    private ValueTask<RoleStore<AppRole, FitSaaSDbContext, Guid, AppUserRole, AppRoleClaim>> InnerAsync(CancellationToken cancellationToken) => _stores.GetAsync(cancellationToken);
}
