using System.Net;
using System.Net.Mail;
using Microsoft.Extensions.Options;

namespace FitSaaS.Framework.Emailing;

// MailKit is not obtainable here (ARCHITECTURE.md §1): System.Net.Mail's SmtpClient sends over SMTP
// and, for development and tests, writes .eml files to a pickup directory.

/// <summary><see cref="IEmailSender"/> over <see cref="SmtpClient"/>: network SMTP, or a pickup directory when configured.</summary>
public sealed class SmtpEmailSender(IOptions<EmailOptions> options) : IEmailSender
{
    /// <inheritdoc/>
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var settings = options.Value;
        using var mail = new MailMessage(settings.From, message.To, message.Subject, message.Body);
        using var client = new SmtpClient();
        if (!string.IsNullOrWhiteSpace(settings.PickupDirectory))
        {
            var directory = Path.GetFullPath(settings.PickupDirectory);
            Directory.CreateDirectory(directory);
            client.DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory;
            client.PickupDirectoryLocation = directory;
        }
        else
        {
            client.Host = settings.SmtpHost ?? throw new InvalidOperationException("Email:SmtpHost or Email:PickupDirectory must be set.");
            client.Port = settings.SmtpPort;
            client.EnableSsl = settings.EnableSsl;
            if (settings.UserName is not null)
            {
                client.Credentials = new NetworkCredential(settings.UserName, settings.Password);
            }
        }

        await client.SendMailAsync(mail, cancellationToken);
    }
}
