using FitSaaS.Framework.Authorization;
using FitSaaS.Framework.Modularity;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.Messaging;

/// <summary>The Messaging module's application-service contracts, DTOs and permission definitions.</summary>
[DependsOn(typeof(MessagingDomainSharedModule))]
public sealed class MessagingApplicationContractsModule : FitSaaSModule
{
    /// <inheritdoc/>
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Services.Configure<PermissionOptions>(options =>
        {
            options.DefinitionProviders.Add(typeof(MessagingPermissionDefinitionProvider));

            // Notifications.
            options.GrantToRole("member", MessagingPermissions.Notifications.Default);
            options.GrantToRole("staff", MessagingPermissions.Notifications.Default, MessagingPermissions.Notifications.Manage);

            // Announcements.
            options.GrantToRole("member", MessagingPermissions.Announcements.Default);
            options.GrantToRole("staff", MessagingPermissions.Announcements.Default, MessagingPermissions.Announcements.Manage);

            // Conversations.
            options.GrantToRole("member", MessagingPermissions.Conversations.Default);
            options.GrantToRole("staff", MessagingPermissions.Conversations.Default, MessagingPermissions.Conversations.Moderate);

            // Real time.

            // Templates.
            options.GrantToRole("staff", MessagingPermissions.Templates.Default);
        });
    }
}
