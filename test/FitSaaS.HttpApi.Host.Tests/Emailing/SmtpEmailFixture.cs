using System.Globalization;
using FitSaaS.Testing;

namespace FitSaaS.HttpApi.Host.Tests.Emailing;

/// <summary>
/// The host sending mail over SMTP (no pickup directory) to the suite's smtp4dev (<c>FitSaaS_Test__Smtp4dev</c>, STARTTLS
/// offered), whose self-signed certificate it trusts; the global settings point at it once the host started. Job retries
/// start after 1 s (the outage test). Without smtp4dev the host starts anyway and the tests skip.
/// </summary>
public class SmtpEmailFixture : FitSaaSWebFixture, IAsyncLifetime
{
    /// <summary>The suite's smtp4dev, or null.</summary>
    public Smtp4devServer? Smtp4dev { get; } = Smtp4devServer.SharedConnection is { } connection ? Smtp4devServer.Parse(connection) : null;

    /// <inheritdoc/>
    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings =>
    [
        new("Email:PickupDirectory", string.Empty),
        new("Email:TrustedServerCertificate", Smtp4dev?.Certificate),
        new("BackgroundJobs:FirstRetryDelay", "00:00:01"),
        new("BackgroundJobs:MaxAttempts", "12"),
    ];

    async ValueTask IAsyncLifetime.InitializeAsync()
    {
        await InitializeAsync();
        if (Smtp4dev is not null)
        {
            await EmailSettings.SetGlobalAsync(this, new Dictionary<string, string?>
            {
                ["Emailing.Smtp.Host"] = Smtp4dev.Host,
                ["Emailing.Smtp.Port"] = Smtp4dev.Port.ToString(CultureInfo.InvariantCulture),
                ["Emailing.Smtp.SecureSocket"] = "StartTls",
                ["Emailing.DefaultFromAddress"] = "FitSaaS <noreply@fitsaas.test>",
            });
        }
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        Smtp4dev?.Dispose();
        await DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
