using FitSaaS.Framework;
using FitSaaS.Framework.Modularity;

namespace FitSaaS.BackgroundJobs;

/// <summary>
/// The BackgroundJobs module's domain: the record of jobs that failed for good (<see cref="BackgroundJobFailure"/>), its
/// repository contract, the kit's failure store over it (<see cref="BackgroundJobFailureStore"/>) and its metric
/// (<see cref="BackgroundJobMetrics"/>), registered by convention from this folder.
/// </summary>
[DependsOn(typeof(FitSaaSFrameworkModule))]
public sealed class BackgroundJobsDomainModule : FitSaaSModule;
