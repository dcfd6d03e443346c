using FitSaaS.Framework.BackgroundJobs;
using FitSaaS.Framework.Emailing;
using FitSaaS.Framework.Modularity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FitSaaS.Framework.MailKit;

/// <summary>
/// E-mail on MailKit/MimeKit: <see cref="IEmailSender"/> queues each message as the <c>Emailing.Send</c> background job
/// (<see cref="EmailSendingJob"/>), which delivers it with <see cref="MailKitEmailDelivery"/> and is retried with back-off
/// by the job engine, so an SMTP outage never fails a request. Options: section <c>Email</c> (<see cref="EmailOptions"/>);
/// the SMTP server is per tenant, from the <see cref="EmailSettingNames"/> settings. Needs an
/// <see cref="IBackgroundJobManager"/> and ASP.NET Core Data Protection with a key ring shared by every instance.
/// </summary>
[DependsOn(typeof(FitSaaSFrameworkModule))]
public sealed class FitSaaSMailKitModule : FitSaaSModule
{
    /// <inheritdoc/>
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.Services;
        services.AddOptions<EmailOptions>().BindConfiguration(EmailOptions.SectionName);
        services.AddDataProtection();
        services.TryAddSingleton<EmailBodyProtector>();
        services.TryAddTransient<IEmailSender, BackgroundEmailSender>();
        services.TryAddTransient<MailKitEmailDelivery>();
        services.TryAddTransient<IEmailDelivery>(sp => sp.GetRequiredService<MailKitEmailDelivery>());
        services.AddBackgroundJob<EmailSendingJob, EmailSendingArgs>();
    }
}
