using FitSaaS.Framework.BackgroundJobs;

namespace FitSaaS.Framework.MailKit;

/// <summary>
/// Arguments of the <c>Emailing.Send</c> job: what to send, never how. The SMTP server, its credentials and the sender
/// are read from the tenant's settings when the job runs, and the body (which may carry one-time tokens) is encrypted
/// with Data Protection, so neither the job store nor a job dashboard shows a secret.
/// </summary>
/// <param name="MessageId">The Message-Id (without angle brackets), fixed when queued: a retry sends the same id, and the pickup file is named after it.</param>
/// <param name="To">Recipient address.</param>
/// <param name="Subject">Subject line.</param>
/// <param name="ProtectedBody">The plain-text body, protected by <see cref="EmailBodyProtector"/>.</param>
[BackgroundJobName("Emailing.Send")]
public sealed record EmailSendingArgs(string MessageId, string To, string Subject, string ProtectedBody);
