using System.Security.Cryptography;
using FitSaaS.Framework.AspNetCore.Authentication;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.Uow;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.IdentityModel.Tokens;

namespace FitSaaS.Identity;

/// <summary>
/// Provides the RSA keys of the token server from the database: the newest signs, the newest two
/// validate (so a rotated-out key's tokens stay valid until they expire). Creates the first key on
/// first use, so it persists across restarts and instances. Keys are cached for 5 minutes.
/// </summary>
public sealed class SigningKeyManager(IServiceScopeFactory scopeFactory, IMemoryCache cache) : IAccessTokenKeyProvider, IDisposable
{
    private const string CacheKey = "token-server:signing-keys";
    private readonly SemaphoreSlim _createLock = new(1, 1);

    /// <summary>The key that signs new tokens.</summary>
    public async Task<RsaSecurityKey> GetSigningKeyAsync(CancellationToken cancellationToken = default) =>
        (await GetKeysAsync(cancellationToken))[0];

    /// <inheritdoc/>
    public async Task<IReadOnlyList<SecurityKey>> GetValidationKeysAsync(CancellationToken cancellationToken = default) =>
        await GetKeysAsync(cancellationToken);

    /// <summary>The keys published in the JWKS (current and previous).</summary>
    public Task<IReadOnlyList<RsaSecurityKey>> GetKeysAsync(CancellationToken cancellationToken = default) =>
        cache.GetOrCreateAsync(CacheKey, async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = TimeSpan.FromMinutes(5);
            return await LoadOrCreateAsync(cancellationToken);
        })!;

    private async Task<IReadOnlyList<RsaSecurityKey>> LoadOrCreateAsync(CancellationToken cancellationToken)
    {
        await _createLock.WaitAsync(cancellationToken);
        try
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            var repository = scope.ServiceProvider.GetRequiredService<ISigningKeyRepository>();
            var keys = await repository.GetLatestAsync(2, cancellationToken);
            if (keys.Count == 0)
            {
                var unitOfWorkManager = scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>();
                await using var unitOfWork = await unitOfWorkManager.BeginAsync(cancellationToken: cancellationToken);
                using var rsa = RSA.Create(2048);
                var created = new SigningKey(
                    scope.ServiceProvider.GetRequiredService<IGuidGenerator>().Create(),
                    Guid.NewGuid().ToString("N"),
                    Convert.ToBase64String(rsa.ExportPkcs8PrivateKey()),
                    scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime);
                await repository.InsertAsync(created, cancellationToken: cancellationToken);
                await unitOfWork.CompleteAsync(cancellationToken);
                keys = [created];
            }

            return keys.Select(ToSecurityKey).ToList();
        }
        finally
        {
            _createLock.Release();
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _createLock.Dispose();

    private static RsaSecurityKey ToSecurityKey(SigningKey key)
    {
        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(Convert.FromBase64String(key.PrivateKeyPkcs8), out _);
        return new RsaSecurityKey(rsa) { KeyId = key.KeyId };
    }
}
