using FitSaaS.Framework.Modularity;

namespace FitSaaS.AuditLogging;

/// <summary>The AuditLogging module's aggregates, domain services and repository contracts.</summary>
[DependsOn(typeof(AuditLoggingDomainSharedModule))]
public sealed class AuditLoggingDomainModule : FitSaaSModule
{
}
