using System.Globalization;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using FitSaaS.Framework.Emailing;
using FitSaaS.Framework.Settings;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Text;

namespace FitSaaS.Framework.MailKit;

/// <summary>
/// Delivers a message now, with MailKit/MimeKit: written as an <c>.eml</c> file to <see cref="EmailOptions.PickupDirectory"/>
/// when one is set, otherwise sent over SMTP with the current tenant's <see cref="EmailSettingNames"/> settings (host, port,
/// <see cref="SmtpSecureSocket"/>, optional user name and password, sender). Called by <see cref="EmailSendingJob"/> and,
/// as <see cref="IEmailDelivery"/>, by jobs that keep their own delivery state; application code uses
/// <see cref="IEmailSender"/>. Logs the Message-Id and the server, never the body or the password.
/// </summary>
public sealed partial class MailKitEmailDelivery(
    IOptions<EmailOptions> options,
    ISettingProvider settings,
    ILogger<MailKitEmailDelivery> logger) : IEmailDelivery
{
    private static readonly string[] s_settingNames =
    [
        EmailSettingNames.SmtpHost, EmailSettingNames.SmtpPort, EmailSettingNames.SmtpUserName, EmailSettingNames.SmtpPassword,
        EmailSettingNames.SmtpSecureSocket, EmailSettingNames.SmtpEnableSsl, EmailSettingNames.DefaultFromAddress,
    ];

    /// <summary>Delivers <paramref name="message"/> with Message-Id <paramref name="messageId"/>.</summary>
    /// <exception cref="ArgumentException">The recipient is not a valid address.</exception>
    /// <exception cref="InvalidOperationException">A setting has an invalid value (sender, port, secure-socket option).</exception>
    /// <exception cref="IOException">The server could not be reached, or the pickup file could not be written.</exception>
    /// <exception cref="global::MailKit.ProtocolException">The SMTP exchange failed; <see cref="SmtpCommandException"/> when the server refused a command.</exception>
    /// <exception cref="AuthenticationException">The server refused the credentials.</exception>
    /// <exception cref="SslHandshakeException">TLS failed, e.g. the server's certificate is not trusted.</exception>
    public async Task DeliverAsync(EmailMessage message, string messageId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        var values = await settings.GetAllAsync(s_settingNames);
        using var mime = Compose(message, messageId, values.GetValueOrDefault(EmailSettingNames.DefaultFromAddress));
        if (options.Value.PickupDirectory is { Length: > 0 } pickup)
        {
            await WriteToPickupDirectoryAsync(mime, messageId, pickup, cancellationToken);
            return;
        }

        await SendOverSmtpAsync(mime, messageId, SmtpServer.From(values), cancellationToken);
    }

    private static MimeMessage Compose(EmailMessage message, string messageId, string? from)
    {
        if (!MailboxAddress.TryParse(string.IsNullOrWhiteSpace(from) ? "noreply@fitsaas.local" : from, out var sender))
        {
            throw new InvalidOperationException($"The setting {EmailSettingNames.DefaultFromAddress} is not a valid e-mail address.");
        }

        if (!MailboxAddress.TryParse(message.To, out var recipient))
        {
            throw new ArgumentException("The recipient is not a valid e-mail address.", nameof(message));
        }

        var mime = new MimeMessage
        {
            MessageId = messageId,
            Subject = message.Subject,
            Body = new TextPart(TextFormat.Plain) { Text = message.Body },
        };
        mime.From.Add(sender);
        mime.To.Add(recipient);
        return mime;
    }

    private async Task WriteToPickupDirectoryAsync(MimeMessage mime, string messageId, string pickup, CancellationToken cancellationToken)
    {
        var directory = Path.GetFullPath(pickup);
        Directory.CreateDirectory(directory);
        var name = string.Concat(messageId.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '@' ? c : '_'));
        var path = Path.Combine(directory, name + ".eml");
        var temporary = Path.Combine(directory, $".{name}.{Guid.NewGuid():N}.tmp");
        // 7-bit transfer encodings, as a strict relay would need; written aside and renamed so readers never see half a file.
        mime.Prepare(EncodingConstraint.SevenBit);
        await mime.WriteToAsync(temporary, cancellationToken);
        File.Move(temporary, path, overwrite: true);
        LogWrittenToPickup(logger, messageId, directory);
    }

    private async Task SendOverSmtpAsync(MimeMessage mime, string messageId, SmtpServer server, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient
        {
            Timeout = (int)Math.Clamp(options.Value.SmtpTimeout.TotalMilliseconds, 1_000, int.MaxValue),
        };
        if (TrustedCertificateHash() is { } trusted)
        {
            client.ServerCertificateValidationCallback = (_, certificate, _, errors) =>
                errors == SslPolicyErrors.None
                || (certificate is not null && CryptographicOperations.FixedTimeEquals(certificate.GetCertHash(HashAlgorithmName.SHA256), trusted));
        }

        await client.ConnectAsync(server.Host, server.Port, server.SecureSocket switch
        {
            SmtpSecureSocket.StartTls => SecureSocketOptions.StartTls,
            SmtpSecureSocket.SslOnConnect => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.None,
        }, cancellationToken);
        if (server.UserName is { Length: > 0 } userName)
        {
            await client.AuthenticateAsync(userName, server.Password ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(mime, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
        LogSent(logger, messageId, server.Host, server.Port, server.SecureSocket);
    }

    private byte[]? TrustedCertificateHash()
    {
        if (options.Value.TrustedServerCertificate is not { Length: > 0 } path)
        {
            return null;
        }

        using var certificate = X509CertificateLoader.LoadCertificateFromFile(Path.GetFullPath(path));
        return certificate.GetCertHash(HashAlgorithmName.SHA256);
    }

    [LoggerMessage(1, LogLevel.Information, "E-mail {MessageId} sent over SMTP to {Host}:{Port} ({SecureSocket}).", EventName = "EmailSent")]
    private static partial void LogSent(ILogger logger, string messageId, string host, int port, SmtpSecureSocket secureSocket);

    [LoggerMessage(2, LogLevel.Information, "E-mail {MessageId} written to the pickup directory {Directory}.", EventName = "EmailWrittenToPickup")]
    private static partial void LogWrittenToPickup(ILogger logger, string messageId, string directory);

    /// <summary>The resolved SMTP settings of one delivery (the password never leaves this type but for authentication).</summary>
    private sealed record SmtpServer(string Host, int Port, SmtpSecureSocket SecureSocket, string? UserName, string? Password)
    {
        public static SmtpServer From(IReadOnlyDictionary<string, string?> values)
        {
            var host = values.GetValueOrDefault(EmailSettingNames.SmtpHost) is { Length: > 0 } h ? h : "localhost";
            var portText = values.GetValueOrDefault(EmailSettingNames.SmtpPort);
            var port = string.IsNullOrWhiteSpace(portText) ? 25
                : int.TryParse(portText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var p) && p is > 0 and <= 65535 ? p
                : throw new InvalidOperationException($"The setting {EmailSettingNames.SmtpPort} must be a port number (1-65535).");
            return new SmtpServer(host, port, SecureSocketOf(values), values.GetValueOrDefault(EmailSettingNames.SmtpUserName), values.GetValueOrDefault(EmailSettingNames.SmtpPassword));
        }

        // Never print the password (records print every property).
        public override string ToString() => $"{Host}:{Port.ToString(CultureInfo.InvariantCulture)} ({SecureSocket})";

        private static SmtpSecureSocket SecureSocketOf(IReadOnlyDictionary<string, string?> values)
        {
            if (values.GetValueOrDefault(EmailSettingNames.SmtpSecureSocket) is { Length: > 0 } text)
            {
                return Enum.TryParse<SmtpSecureSocket>(text.Trim(), ignoreCase: true, out var value) && Enum.IsDefined(value) && !char.IsAsciiDigit(text.Trim()[0])
                    ? value
                    : throw new InvalidOperationException($"The setting {EmailSettingNames.SmtpSecureSocket} must be None, StartTls or SslOnConnect.");
            }

            return bool.TryParse(values.GetValueOrDefault(EmailSettingNames.SmtpEnableSsl), out var enableSsl) && !enableSsl
                ? SmtpSecureSocket.None
                : SmtpSecureSocket.StartTls;
        }
    }
}
