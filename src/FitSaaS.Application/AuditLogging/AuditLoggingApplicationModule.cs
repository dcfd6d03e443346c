using FitSaaS.Framework.Modularity;

namespace FitSaaS.AuditLogging;

/// <summary>The AuditLogging module's application services.</summary>
[DependsOn(typeof(AuditLoggingDomainModule), typeof(AuditLoggingApplicationContractsModule))]
public sealed class AuditLoggingApplicationModule : FitSaaSModule
{
}
