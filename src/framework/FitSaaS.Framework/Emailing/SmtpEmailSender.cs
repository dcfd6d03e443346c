using System.Globalization;
using System.Net;
using System.Net.Mail;
using FitSaaS.Framework.Settings;
using Microsoft.Extensions.Options;

namespace FitSaaS.Framework.Emailing;

// MailKit is not obtainable here (ARCHITECTURE.md §1): System.Net.Mail's SmtpClient sends over SMTP
// and, for development and tests, writes .eml files to a pickup directory.

/// <summary>
/// <see cref="IEmailSender"/> over <see cref="SmtpClient"/>: a pickup directory when
/// <see cref="EmailOptions.PickupDirectory"/> is set, otherwise network SMTP with the server, port,
/// credentials (password an encrypted setting) and sender of the current tenant's settings.
/// </summary>
public sealed class SmtpEmailSender(IOptions<EmailOptions> options, ISettingProvider settings) : IEmailSender
{
    /// <inheritdoc/>
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var values = await settings.GetAllAsync(
        [
            EmailSettingNames.SmtpHost, EmailSettingNames.SmtpPort, EmailSettingNames.SmtpUserName,
            EmailSettingNames.SmtpPassword, EmailSettingNames.SmtpEnableSsl, EmailSettingNames.DefaultFromAddress,
        ]);
        using var mail = new MailMessage(values.GetValueOrDefault(EmailSettingNames.DefaultFromAddress) ?? "noreply@fitsaas.local", message.To, message.Subject, message.Body);
        using var client = new SmtpClient();
        if (options.Value.PickupDirectory is { Length: > 0 } pickup)
        {
            var directory = Path.GetFullPath(pickup);
            Directory.CreateDirectory(directory);
            client.DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory;
            client.PickupDirectoryLocation = directory;
        }
        else
        {
            client.Host = values.GetValueOrDefault(EmailSettingNames.SmtpHost) ?? "localhost";
            client.Port = int.TryParse(values.GetValueOrDefault(EmailSettingNames.SmtpPort), NumberStyles.Integer, CultureInfo.InvariantCulture, out var port) ? port : 25;
            client.EnableSsl = !bool.TryParse(values.GetValueOrDefault(EmailSettingNames.SmtpEnableSsl), out var ssl) || ssl;
            if (values.GetValueOrDefault(EmailSettingNames.SmtpUserName) is { Length: > 0 } userName)
            {
                client.Credentials = new NetworkCredential(userName, values.GetValueOrDefault(EmailSettingNames.SmtpPassword));
            }
        }

        await client.SendMailAsync(mail, cancellationToken);
    }
}
