using FitSaaS.Framework.EntityFrameworkCore;
using FitSaaS.Framework.Modularity;
using FitSaaS.AuditLogging;

namespace FitSaaS.EntityFrameworkCore.AuditLogging;

/// <summary>
/// The AuditLogging module on EF Core: the audit log repository (conventional registration of this folder). Its model is part of the shared
/// <see cref="FitSaaSDbContext"/> (<see cref="AuditLoggingModelBuilderExtensions"/>).
/// </summary>
[DependsOn(typeof(AuditLoggingDomainModule), typeof(FitSaaSFrameworkEntityFrameworkCoreModule))]
public sealed class AuditLoggingEntityFrameworkCoreModule : FitSaaSModule;
