using FitSaaS.Framework.Domain;

namespace FitSaaS.Identity;

/// <summary>Repository of the token server's keys.</summary>
public interface ISigningKeyRepository : IRepository<SigningKey, Guid>
{
    /// <summary>The newest keys of a purpose first (highest generation first).</summary>
    Task<List<SigningKey>> GetLatestAsync(string purpose, int count, CancellationToken cancellationToken = default);
}
