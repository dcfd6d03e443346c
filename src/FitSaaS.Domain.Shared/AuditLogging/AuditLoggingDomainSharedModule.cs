using FitSaaS.Framework;
using FitSaaS.Framework.Modularity;

namespace FitSaaS.AuditLogging;

/// <summary>The AuditLogging module's constants, enums and error codes.</summary>
[DependsOn(typeof(FitSaaSFrameworkModule))]
public sealed class AuditLoggingDomainSharedModule : FitSaaSModule
{
}
