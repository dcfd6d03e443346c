using FitSaaS.Framework;
using FitSaaS.Framework.Modularity;

namespace FitSaaS.EventBus;

/// <summary>
/// The EventBus module's domain: the dead letters of distributed events (<see cref="DistributedEventDeadLetter"/>), their
/// repository contract and the kit's dead-letter store over it (<see cref="DistributedEventDeadLetterStore"/>, conventional
/// registration of this folder).
/// </summary>
[DependsOn(typeof(FitSaaSFrameworkModule))]
public sealed class EventBusDomainModule : FitSaaSModule;
