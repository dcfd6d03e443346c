using FitSaaS.Framework.Modularity;

namespace FitSaaS.BackgroundJobs;

/// <summary>The BackgroundJobs module's application services: the host's list of failed jobs.</summary>
[DependsOn(typeof(BackgroundJobsDomainModule), typeof(BackgroundJobsApplicationContractsModule))]
public sealed class BackgroundJobsApplicationModule : FitSaaSModule;
