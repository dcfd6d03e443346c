using FitSaaS.Framework.Modularity;

namespace FitSaaS.EventBus;

/// <summary>The EventBus module's application services: the host's dead-letter inspection and requeue.</summary>
[DependsOn(typeof(EventBusDomainModule), typeof(EventBusApplicationContractsModule))]
public sealed class EventBusApplicationModule : FitSaaSModule;
