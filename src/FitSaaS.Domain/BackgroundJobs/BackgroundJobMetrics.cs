using System.Diagnostics;
using System.Diagnostics.Metrics;
using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.Diagnostics;

namespace FitSaaS.BackgroundJobs;

/// <summary>
/// <c>fitsaas.jobs.failed</c> (counter, unit <c>{job}</c>) on the <see cref="FitSaaSMeter.Name"/> meter: background jobs that
/// failed on their last attempt (as recorded by <see cref="BackgroundJobFailureStore"/>), tagged <c>fitsaas.job.name</c>
/// (the job's stable name) and <see cref="FitSaaSMeter.TenantIdTag"/> (absent for host jobs).
/// </summary>
public sealed class BackgroundJobMetrics : ISingletonDependency
{
    public const string FailedName = "fitsaas.jobs.failed";
    public const string JobNameTag = "fitsaas.job.name";

    private readonly Counter<long> _failed;

    public BackgroundJobMetrics(IMeterFactory meterFactory)
    {
        _failed = FitSaaSMeter.Create(meterFactory)
            .CreateCounter<long>(FailedName, "{job}", "Background jobs that failed on their last attempt.");
    }

    /// <summary>Counts one job <paramref name="jobName"/> of <paramref name="tenantId"/> (null = host) that failed for good.</summary>
    public void Failed(string jobName, Guid? tenantId)
    {
        var tags = new TagList { { JobNameTag, jobName } };
        if (tenantId is { } id)
        {
            tags.Add(FitSaaSMeter.TenantIdTag, id.ToString());
        }

        _failed.Add(1, tags);
    }
}
