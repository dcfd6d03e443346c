using FitSaaS.Framework.BackgroundJobs;
using FitSaaS.Framework.Domain;

namespace FitSaaS.BackgroundJobs;

/// <summary>
/// A background job that failed on its last attempt (host table <c>BackgroundJobFailures</c>). Host-owned: the tenant
/// the job ran for is a plain column (<see cref="JobTenantId"/>), not a tenant filter. Holds no argument values.
/// </summary>
public sealed class BackgroundJobFailure : AggregateRoot<Guid>, IHostEntity
{
    /// <summary>Most characters of <see cref="ArgumentsSummary"/>.</summary>
    public const int MaxArgumentsSummaryLength = 512;

    /// <summary>Most characters of <see cref="Error"/>.</summary>
    public const int MaxErrorLength = 2000;

    /// <summary>Most characters of <see cref="JobName"/>.</summary>
    public const int MaxJobNameLength = 200;

    private BackgroundJobFailure()
    {
        JobName = null!;
        ArgumentsSummary = null!;
        Error = null!;
    }

    /// <summary>Records a failure; texts are cut to their maximum length.</summary>
    public BackgroundJobFailure(Guid id, BackgroundJobFailureInfo failure)
        : base(id)
    {
        ArgumentNullException.ThrowIfNull(failure);
        JobName = Cut(failure.JobName, MaxJobNameLength);
        JobTenantId = failure.TenantId;
        ArgumentsSummary = Cut(failure.ArgumentsSummary, MaxArgumentsSummaryLength);
        Error = Cut(failure.Error, MaxErrorLength);
        Attempts = failure.Attempts;
        FailedAtUtc = failure.FailedAtUtc;
    }

    /// <summary>The job's stable name.</summary>
    public string JobName { get; private set; }

    /// <summary>The tenant the job ran for (null = host).</summary>
    public Guid? JobTenantId { get; private set; }

    /// <summary>The argument's property names (no values).</summary>
    public string ArgumentsSummary { get; private set; }

    /// <summary>Type and message of the last exception.</summary>
    public string Error { get; private set; }

    /// <summary>Attempts made.</summary>
    public int Attempts { get; private set; }

    /// <summary>When the last attempt failed (UTC).</summary>
    public DateTime FailedAtUtc { get; private set; }

    private static string Cut(string value, int length) => value.Length <= length ? value : value[..length];
}
