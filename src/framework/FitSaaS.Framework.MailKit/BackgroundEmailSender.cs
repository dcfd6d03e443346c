using FitSaaS.Framework.BackgroundJobs;
using FitSaaS.Framework.Emailing;
using FitSaaS.Framework.MultiTenancy;
using FitSaaS.Framework.Uow;
using MimeKit;
using MimeKit.Utils;

namespace FitSaaS.Framework.MailKit;

/// <summary>
/// <see cref="IEmailSender"/> that queues the <c>Emailing.Send</c> job (<see cref="EmailSendingArgs"/>) for the current
/// tenant: after the current unit of work commits, or at once without one. Delivery, retries and the SMTP server are the
/// job's business; this never contacts the mail server.
/// </summary>
public sealed class BackgroundEmailSender(
    IBackgroundJobManager backgroundJobs,
    IUnitOfWorkManager unitOfWorkManager,
    ICurrentTenant currentTenant,
    EmailBodyProtector protector) : IEmailSender
{
    /// <inheritdoc/>
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!MailboxAddress.TryParse(message.To, out _))
        {
            throw new ArgumentException("The recipient is not a valid e-mail address.", nameof(message));
        }

        var args = new EmailSendingArgs(MimeUtils.GenerateMessageId(), message.To, message.Subject, protector.Protect(message.Body));
        if (unitOfWorkManager.Current is { } unitOfWork)
        {
            // Queued only once the change that asked for it (a new user, a reset token) is committed; never on rollback.
            var tenantId = currentTenant.Id;
            var tenantName = currentTenant.Name;
            unitOfWork.OnCompleted(async () =>
            {
                using (currentTenant.Change(tenantId, tenantName))
                {
                    await backgroundJobs.EnqueueAsync(args, cancellationToken: CancellationToken.None);
                }
            });
            return;
        }

        await backgroundJobs.EnqueueAsync(args, cancellationToken: cancellationToken);
    }
}
