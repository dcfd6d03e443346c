using FitSaaS.Framework.BackgroundJobs;
using FitSaaS.Framework.Emailing;

namespace FitSaaS.Framework.MailKit;

/// <summary>
/// The <c>Emailing.Send</c> job: delivers one queued message in the tenant that queued it. A failure (server down,
/// refused, timed out) throws, and the job engine retries it with back-off (<see cref="BackgroundJobOptions.MaxAttempts"/>);
/// a retry re-sends with the same Message-Id.
/// </summary>
public sealed class EmailSendingJob(MailKitEmailDelivery delivery, EmailBodyProtector protector) : IBackgroundJob<EmailSendingArgs>
{
    /// <inheritdoc/>
    public Task ExecuteAsync(EmailSendingArgs args, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        var message = new EmailMessage(args.To, args.Subject, protector.Unprotect(args.ProtectedBody));
        return delivery.DeliverAsync(message, args.MessageId, cancellationToken);
    }
}
