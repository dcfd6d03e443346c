namespace FitSaaS.Framework.Emailing;

/// <summary>
/// Sends e-mail (account flows, notifications). Implemented by the MailKit module (<c>FitSaaS.Framework.MailKit</c>):
/// the message is queued as a background job and delivered by it, with retries and back-off, over SMTP with the current
/// tenant's <see cref="EmailSettingNames">settings</see> or into <see cref="EmailOptions.PickupDirectory"/>. A mail-server
/// outage therefore never fails the caller. Never log message bodies: they carry tokens.
/// </summary>
public interface IEmailSender
{
    /// <summary>
    /// Queues the message for the current tenant (or the host). Inside a unit of work it is queued when the unit of work
    /// commits (nothing is sent on rollback); outside one, at once. Does not contact the mail server.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
    /// <exception cref="ArgumentException">The recipient is not a valid address.</exception>
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default);
}
