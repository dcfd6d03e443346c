using FitSaaS.Framework.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using OpenIddict.EntityFrameworkCore;

namespace FitSaaS.EntityFrameworkCore.Identity;

/// <summary>
/// Hands OpenIddict's stores the host database's context of the scope: OpenIddict's entities live in the host
/// database even while a tenant with a database of its own is current.
/// </summary>
public sealed class HostDbContextForOpenIddict(IDbContextProvider<FitSaaSDbContext> dbContextProvider) : IOpenIddictEntityFrameworkCoreContext
{
    /// <inheritdoc/>
    public async ValueTask<DbContext> GetDbContextAsync(CancellationToken cancellationToken) =>
        await dbContextProvider.GetDbContextForTenantAsync(null, cancellationToken);
}
