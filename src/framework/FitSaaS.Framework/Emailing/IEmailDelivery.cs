namespace FitSaaS.Framework.Emailing;

/// <summary>
/// Delivers one message now, in the current tenant (or the host): over SMTP with the tenant's
/// <see cref="EmailSettingNames">settings</see>, or into <see cref="EmailOptions.PickupDirectory"/>. For background jobs
/// that keep their own delivery state and send many messages per run (one job for a batch of notification e-mails instead
/// of one job per message); application code uses <see cref="IEmailSender"/>, which queues. Implemented by the MailKit
/// module (<c>FitSaaS.Framework.MailKit</c>). Never log message bodies: they can carry tokens.
/// </summary>
public interface IEmailDelivery
{
    /// <summary>
    /// Delivers <paramref name="message"/> with the RFC 5322 Message-Id <paramref name="messageId"/> (without angle
    /// brackets, e.g. <c>3f2a…@fitsaas.local</c>). Give a delivery that is retried the same Message-Id, so that a message
    /// delivered twice after a crash is recognisable as one by the receiving side.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="messageId"/> is empty, or the recipient is not a valid address.</exception>
    /// <exception cref="InvalidOperationException">An e-mail setting has an invalid value (sender, port, secure-socket option).</exception>
    /// <exception cref="IOException">The mail server could not be reached, or the pickup file could not be written.</exception>
    Task DeliverAsync(EmailMessage message, string messageId, CancellationToken cancellationToken = default);
}
