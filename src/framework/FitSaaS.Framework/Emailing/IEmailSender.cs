namespace FitSaaS.Framework.Emailing;

/// <summary>An e-mail to send.</summary>
/// <param name="To">Recipient address.</param>
/// <param name="Subject">Subject line.</param>
/// <param name="Body">Plain-text body.</param>
public sealed record EmailMessage(string To, string Subject, string Body);

/// <summary>Sends e-mail (account flows, notifications). Never log message bodies: they carry tokens.</summary>
public interface IEmailSender
{
    /// <summary>Sends the message; throws when the transport fails.</summary>
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
