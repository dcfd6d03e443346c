using System.Security.Cryptography;
using FitSaaS.Framework.AspNetCore.Authentication;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.Uow;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace FitSaaS.Identity;

/// <summary>
/// Provides the token server's RSA keys from the database, so they survive restarts and every
/// instance signs and validates alike. The first key is created on first use. Rotation: when the
/// signing key is older than <see cref="TokenServerOptions.SigningKeyLifetime"/> a new key is added;
/// it is published in the JWKS at once but signs only after <see cref="TokenServerOptions.SigningKeyPropagationDelay"/>
/// (so every instance's key cache has seen it). The newest three keys validate, so tokens signed by
/// the previous key stay valid until they expire. Keys are cached for the propagation delay (at most 5 minutes).
/// </summary>
public sealed class SigningKeyManager(IServiceScopeFactory scopeFactory, IMemoryCache cache, TimeProvider timeProvider, IOptions<TokenServerOptions> options)
    : IAccessTokenKeyProvider, IDisposable
{
    private const string CacheKey = "token-server:signing-keys";
    private const int PublishedKeyCount = 3;
    private readonly SemaphoreSlim _lock = new(1, 1);

    /// <summary>The key that signs new tokens.</summary>
    public async Task<RsaSecurityKey> GetSigningKeyAsync(CancellationToken cancellationToken = default) =>
        (await GetKeySetAsync(cancellationToken)).Signing;

    /// <inheritdoc/>
    public async Task<IReadOnlyList<SecurityKey>> GetValidationKeysAsync(CancellationToken cancellationToken = default) =>
        (await GetKeySetAsync(cancellationToken)).Published;

    /// <summary>The keys published in the JWKS, newest first (the next, current and previous keys).</summary>
    public async Task<IReadOnlyList<RsaSecurityKey>> GetKeysAsync(CancellationToken cancellationToken = default) =>
        (await GetKeySetAsync(cancellationToken)).Published;

    /// <summary>Adds a new key now (operators, tests) and forgets the cached key set.</summary>
    public async Task RotateAsync(CancellationToken cancellationToken = default)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            await CreateKeyAsync(cancellationToken);
            cache.Remove(CacheKey);
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _lock.Dispose();

    private async Task<KeySet> GetKeySetAsync(CancellationToken cancellationToken) =>
        (await cache.GetOrCreateAsync(CacheKey, async entry =>
        {
            var delay = options.Value.SigningKeyPropagationDelay;
            entry.AbsoluteExpirationRelativeToNow = delay > TimeSpan.Zero && delay < TimeSpan.FromMinutes(5) ? delay : TimeSpan.FromMinutes(5);
            return await LoadAsync(cancellationToken);
        }))!;

    private async Task<KeySet> LoadAsync(CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            var settings = options.Value;
            var now = timeProvider.GetUtcNow().UtcDateTime;
            var keys = await GetLatestAsync(cancellationToken);
            if (keys.Count == 0 || now - keys[0].CreatedAtUtc > settings.SigningKeyLifetime)
            {
                await CreateKeyAsync(cancellationToken);
                keys = await GetLatestAsync(cancellationToken);
            }

            // Sign with the newest key every instance has had time to publish; the very first key signs at once.
            var signing = keys.FirstOrDefault(k => now - k.CreatedAtUtc >= settings.SigningKeyPropagationDelay) ?? keys[^1];
            return new KeySet(ToSecurityKey(signing), keys.Select(ToSecurityKey).ToList());
        }
        finally
        {
            _lock.Release();
        }
    }

    private async Task<List<SigningKey>> GetLatestAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISigningKeyRepository>().GetLatestAsync(PublishedKeyCount, cancellationToken);
    }

    private async Task CreateKeyAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync(cancellationToken: cancellationToken);
        using var rsa = RSA.Create(2048);
        var key = new SigningKey(
            scope.ServiceProvider.GetRequiredService<IGuidGenerator>().Create(),
            Guid.NewGuid().ToString("N"),
            Convert.ToBase64String(rsa.ExportPkcs8PrivateKey()),
            timeProvider.GetUtcNow().UtcDateTime);
        await scope.ServiceProvider.GetRequiredService<ISigningKeyRepository>().InsertAsync(key, cancellationToken: cancellationToken);
        await unitOfWork.CompleteAsync(cancellationToken);
    }

    private static RsaSecurityKey ToSecurityKey(SigningKey key)
    {
        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(Convert.FromBase64String(key.PrivateKeyPkcs8), out _);
        return new RsaSecurityKey(rsa) { KeyId = key.KeyId };
    }

    private sealed record KeySet(RsaSecurityKey Signing, IReadOnlyList<RsaSecurityKey> Published);
}
