using FitSaaS.Testing;

namespace FitSaaS.HttpApi.Host.Tests.Emailing;

/// <summary>
/// An smtp4dev of its own with implicit TLS (SMTPS) that requires a user, started before the host (which trusts its
/// self-signed certificate); nothing points at it globally: the tests give gyms their own server settings.
/// </summary>
public sealed class ImplicitTlsEmailFixture : FitSaaSWebFixture, IAsyncLifetime
{
    /// <summary>The user the server requires.</summary>
    public const string UserName = "gym-mailer";

    /// <summary>That user's password (stored by the test as the encrypted <c>Emailing.Smtp.Password</c> setting).</summary>
    public const string Password = "Smtps-pw-42";

    /// <summary>The server, or null when smtp4dev is not available (tests skip).</summary>
    public Smtp4devServer? Smtp4dev => _own?.Server;

    private OwnSmtp4devServer? _own;

    /// <inheritdoc/>
    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings =>
    [
        new("Email:PickupDirectory", string.Empty),
        new("Email:TrustedServerCertificate", _own?.Server.Certificate),
        new("BackgroundJobs:FirstRetryDelay", "00:00:01"),
    ];

    async ValueTask IAsyncLifetime.InitializeAsync()
    {
        if (Smtp4devServer.SharedConnection is not null)
        {
            _own = await OwnSmtp4devServer.StartAsync("ImplicitTls", $"{UserName}={Password}");
        }

        await InitializeAsync();
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await DisposeAsync();
        if (_own is not null)
        {
            await _own.DisposeAsync();
        }
    }
}
