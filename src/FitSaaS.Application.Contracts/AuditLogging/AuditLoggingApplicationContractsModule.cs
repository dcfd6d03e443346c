using FitSaaS.Framework.Modularity;

namespace FitSaaS.AuditLogging;

/// <summary>The AuditLogging module's application-service contracts, DTOs and permission definitions.</summary>
[DependsOn(typeof(AuditLoggingDomainSharedModule))]
public sealed class AuditLoggingApplicationContractsModule : FitSaaSModule
{
}
