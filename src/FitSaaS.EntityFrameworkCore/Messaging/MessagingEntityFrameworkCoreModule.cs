using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.Modularity;
using FitSaaS.Messaging;
using Microsoft.Extensions.DependencyInjection;

namespace FitSaaS.EntityFrameworkCore.Messaging;

/// <summary>
/// The Messaging module on EF Core (conventional registration of this folder) and its background jobs. Its model is part of
/// the shared <see cref="FitSaaSDbContext"/> (<see cref="MessagingModelBuilderExtensions.ConfigureMessaging"/>), so its tables
/// stay in the migrations when the module is left out.
/// </summary>
[DependsOn(typeof(MessagingDomainModule), typeof(FitSaaSFrameworkEntityFrameworkCoreModule))]
public sealed class MessagingEntityFrameworkCoreModule : FitSaaSModule
{
    /// <inheritdoc/>
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _ = context.Services;

        // Notifications.

        // Announcements.

        // Conversations.
    }
}
