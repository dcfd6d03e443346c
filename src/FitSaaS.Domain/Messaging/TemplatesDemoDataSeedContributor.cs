using FitSaaS.Framework.Data;
using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.Settings;
using FitSaaS.SettingManagement;

namespace FitSaaS.Messaging;

/// <summary>
/// Demo template data (only with <see cref="DataSeedContext.IncludeDemoData"/>, in a tenant): the gym offers
/// <see cref="DemoLanguages"/> (unless it set its languages already) and overrides the English
/// <see cref="NotificationKind.BookingConfirmed"/> subject with <see cref="DemoBookingConfirmedSubject"/>. Idempotent: an
/// existing override or setting is kept.
/// </summary>
public sealed class TemplatesDemoDataSeedContributor(
    INotificationTemplateOverrideRepository overrides,
    SettingManager settingManager,
    IGuidGenerator guidGenerator) : IDataSeedContributor, ITransientDependency
{
    /// <summary>The demo gym's languages (English first: its default).</summary>
    public const string DemoLanguages = "en,es";

    /// <summary>The demo gym's English booking confirmation subject (Liquid).</summary>
    public const string DemoBookingConfirmedSubject = "See you in class on {{ session_start }}!";

    /// <inheritdoc/>
    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.IncludeDemoData || context.TenantId is not { } tenantId)
        {
            return;
        }

        var scope = SettingScope.Tenant(tenantId);
        if (!(await settingManager.GetValuesAsync(scope, cancellationToken)).ContainsKey(MessagingSettingNames.Languages))
        {
            await settingManager.SetAsync(scope, MessagingSettingNames.Languages, DemoLanguages, cancellationToken);
        }

        if (await overrides.FindAsync(NotificationKind.BookingConfirmed, NotificationConsts.DefaultLanguage, cancellationToken) is null)
        {
            var library = NotificationTemplateLibrary.Get(NotificationKind.BookingConfirmed, NotificationConsts.DefaultLanguage);
            await overrides.InsertAsync(
                new NotificationTemplateOverride(
                    guidGenerator.Create(), tenantId, NotificationKind.BookingConfirmed, NotificationConsts.DefaultLanguage, DemoBookingConfirmedSubject, library.Body),
                cancellationToken: cancellationToken);
        }
    }
}
