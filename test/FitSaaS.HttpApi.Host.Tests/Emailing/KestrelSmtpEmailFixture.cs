namespace FitSaaS.HttpApi.Host.Tests.Emailing;

/// <summary><see cref="SmtpEmailFixture"/> on a real loopback socket (Kestrel), for tests that also connect SignalR clients.</summary>
public sealed class KestrelSmtpEmailFixture : SmtpEmailFixture
{
    /// <inheritdoc/>
    protected override bool UseKestrel => true;
}
