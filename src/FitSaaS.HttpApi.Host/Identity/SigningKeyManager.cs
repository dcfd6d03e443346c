using System.Security.Cryptography;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.Uow;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Primitives;
using Microsoft.IdentityModel.Tokens;

namespace FitSaaS.Identity;

/// <summary>
/// The token server's keys, kept in the database (<see cref="SigningKey"/>) so they survive restarts and every
/// instance signs, encrypts and validates alike; OpenIddict's options are built from <see cref="Current"/>
/// (<see cref="OpenIddictKeyConfiguration"/>). The first keys are created on first start: instances racing on an
/// empty database insert the same generation, the unique (purpose, generation) index lets one win and the others
/// re-read it. Rotation: when the signing key is older than <see cref="TokenServerOptions.SigningKeyLifetime"/> (or
/// on <see cref="RotateAsync"/>) the next generation is added; it is published in the JWKS at once but signs only after
/// <see cref="TokenServerOptions.SigningKeyPropagationDelay"/>, so every instance validates it before it is used. The
/// newest three signing keys are published and validate, so tokens of the previous key stay valid until they expire.
/// Every instance re-reads the keys periodically (<see cref="RefreshInterval"/>) and rebuilds OpenIddict's options when
/// they changed.
/// </summary>
public sealed partial class SigningKeyManager(
    IServiceScopeFactory scopeFactory,
    TimeProvider timeProvider,
    IOptions<TokenServerOptions> options,
    ILogger<SigningKeyManager> logger) : IDisposable
{
    private const int PublishedKeyCount = 3;
    private readonly SemaphoreSlim _lock = new(1, 1);
    private CancellationTokenSource _serverChange = new();
    private CancellationTokenSource _validationChange = new();
    private TokenKeySet? _current;

    /// <summary>How often every instance re-reads the keys: the propagation delay, between 1 and 5 minutes.</summary>
    public TimeSpan RefreshInterval
    {
        get
        {
            var delay = options.Value.SigningKeyPropagationDelay;
            return delay < TimeSpan.FromMinutes(1) ? TimeSpan.FromMinutes(1) : delay > TimeSpan.FromMinutes(5) ? TimeSpan.FromMinutes(5) : delay;
        }
    }

    /// <summary>The keys now in use, once <see cref="LoadAsync"/> has run (the host does it before it starts serving). Never waits.</summary>
    /// <exception cref="InvalidOperationException">The keys have not been loaded yet.</exception>
    public TokenKeySet Current => _current
        ?? throw new InvalidOperationException("The token server's keys are not loaded yet: await SigningKeyManager.LoadAsync before the host starts serving.");

    /// <summary>The key that signs new access tokens.</summary>
    public async Task<RsaSecurityKey> GetSigningKeyAsync(CancellationToken cancellationToken = default) =>
        (_current ?? await LoadAsync(cancellationToken)).Signing;

    /// <summary>Fires (once) when the keys change: OpenIddict's server options are rebuilt.</summary>
    internal IChangeToken GetServerChangeToken() => new CancellationChangeToken(_serverChange.Token);

    /// <summary>Fires (once) after <see cref="GetServerChangeToken"/>: the validation options, which copy the server's keys, are rebuilt.</summary>
    internal IChangeToken GetValidationChangeToken() => new CancellationChangeToken(_validationChange.Token);

    /// <summary>Reads the keys from the database, creating the first or next ones when due, and applies them when they changed.</summary>
    public async Task<TokenKeySet> LoadAsync(CancellationToken cancellationToken = default)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            var settings = options.Value;
            var now = timeProvider.GetUtcNow().UtcDateTime;
            var signing = await GetLatestAsync(SigningKey.SigningPurpose, cancellationToken);
            if (signing.Count == 0 || now - signing[0].CreatedAtUtc > settings.SigningKeyLifetime)
            {
                await CreateAsync(SigningKey.SigningPurpose, signing.Count == 0 ? 1 : signing[0].Generation + 1, cancellationToken);
                signing = await GetLatestAsync(SigningKey.SigningPurpose, cancellationToken);
            }

            var encryption = await GetLatestAsync(SigningKey.EncryptionPurpose, cancellationToken);
            if (encryption.Count == 0)
            {
                await CreateAsync(SigningKey.EncryptionPurpose, 1, cancellationToken);
                encryption = await GetLatestAsync(SigningKey.EncryptionPurpose, cancellationToken);
            }

            // Sign with the newest key every instance has had time to see; the very first key signs at once.
            var signer = signing.FirstOrDefault(k => now - k.CreatedAtUtc >= settings.SigningKeyPropagationDelay) ?? signing[^1];
            var set = new TokenKeySet(
                ToRsaKey(signer),
                [.. signing.Where(k => k.Id != signer.Id).Select(ToRsaKey)],
                [.. encryption.Select(k => new SymmetricSecurityKey(Convert.FromBase64String(k.PrivateKeyPkcs8)) { KeyId = k.KeyId })]);
            var changed = _current is null || _current.Fingerprint != set.Fingerprint;
            _current = set;
            if (changed)
            {
                SignalChange();
            }

            return set;
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>Adds the next signing key now (operators, tests) and applies it.</summary>
    public async Task RotateAsync(CancellationToken cancellationToken = default)
    {
        var latest = await GetLatestAsync(SigningKey.SigningPurpose, cancellationToken);
        await CreateAsync(SigningKey.SigningPurpose, latest.Count == 0 ? 1 : latest[0].Generation + 1, cancellationToken);
        await LoadAsync(cancellationToken);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _lock.Dispose();
        _serverChange.Dispose();
        _validationChange.Dispose();
    }

    private void SignalChange()
    {
        // Server first: the validation options copy the server's keys when they are rebuilt.
        var server = Interlocked.Exchange(ref _serverChange, new CancellationTokenSource());
        var validation = Interlocked.Exchange(ref _validationChange, new CancellationTokenSource());
        server.Cancel();
        validation.Cancel();
        server.Dispose();
        validation.Dispose();
    }

    private async Task<List<SigningKey>> GetLatestAsync(string purpose, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISigningKeyRepository>().GetLatestAsync(purpose, PublishedKeyCount, cancellationToken);
    }

    private async Task CreateAsync(string purpose, int generation, CancellationToken cancellationToken)
    {
        string material;
        if (purpose == SigningKey.SigningPurpose)
        {
            using var rsa = RSA.Create(2048);
            material = Convert.ToBase64String(rsa.ExportPkcs8PrivateKey());
        }
        else
        {
            material = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        }

        try
        {
            await using var scope = scopeFactory.CreateAsyncScope();
            await using var unitOfWork = await scope.ServiceProvider.GetRequiredService<IUnitOfWorkManager>().BeginAsync(cancellationToken: cancellationToken);
            var key = new SigningKey(scope.ServiceProvider.GetRequiredService<IGuidGenerator>().Create(), Guid.NewGuid().ToString("N"),
                purpose, generation, material, timeProvider.GetUtcNow().UtcDateTime);
            await scope.ServiceProvider.GetRequiredService<ISigningKeyRepository>().InsertAsync(key, cancellationToken: cancellationToken);
            await unitOfWork.CompleteAsync(cancellationToken);
            LogKeyCreated(logger, purpose, generation);
        }
        catch (Exception ex) when (ex is Microsoft.EntityFrameworkCore.DbUpdateException or Framework.Exceptions.BusinessException)
        {
            // Another instance inserted this generation first (unique purpose + generation): use its key.
            LogKeyRace(logger, purpose, generation);
        }
    }

    private static RsaSecurityKey ToRsaKey(SigningKey key)
    {
        var rsa = RSA.Create();
        rsa.ImportPkcs8PrivateKey(Convert.FromBase64String(key.PrivateKeyPkcs8), out _);
        return new RsaSecurityKey(rsa) { KeyId = key.KeyId };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Token server: created {Purpose} key generation {Generation}.")]
    private static partial void LogKeyCreated(ILogger logger, string purpose, int generation);

    [LoggerMessage(Level = LogLevel.Information, Message = "Token server: another instance created {Purpose} key generation {Generation} first; using it.")]
    private static partial void LogKeyRace(ILogger logger, string purpose, int generation);
}
