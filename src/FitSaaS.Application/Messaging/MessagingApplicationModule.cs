using FitSaaS.Framework.Modularity;

namespace FitSaaS.Messaging;

/// <summary>The Messaging module's application services. Of Identity it reads the user lookup (recipients, participants).</summary>
[DependsOn(typeof(MessagingDomainModule), typeof(MessagingApplicationContractsModule), typeof(Identity.IdentityApplicationContractsModule))]
public sealed class MessagingApplicationModule : FitSaaSModule;
