namespace FitSaaS.Identity;

/// <summary>Queries of OAuth clients (OpenIddict applications) that OpenIddict's manager does not offer.</summary>
public interface IOAuthClientRepository
{
    /// <summary>The current tenant's client with that row id, or null (another tenant's client is not found).</summary>
    Task<OAuthApplication?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>A page of the current tenant's clients whose id or name contains <paramref name="filter"/>.</summary>
    Task<(List<OAuthApplication> Items, long TotalCount)> GetPagedListAsync(string? filter, int skipCount, int maxResultCount, CancellationToken cancellationToken = default);
}
