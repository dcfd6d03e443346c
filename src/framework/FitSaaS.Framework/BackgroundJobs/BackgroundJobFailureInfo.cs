namespace FitSaaS.Framework.BackgroundJobs;

/// <summary>A job that failed on its last attempt.</summary>
/// <param name="JobName">The job's stable name.</param>
/// <param name="TenantId">The tenant it ran for (null = host).</param>
/// <param name="ArgumentsSummary">The names of the argument's properties only (values may hold secrets), at most 512 characters.</param>
/// <param name="Error">Type and message of the last exception, at most 2000 characters.</param>
/// <param name="Attempts">Attempts made.</param>
/// <param name="FailedAtUtc">When the last attempt failed (UTC).</param>
public sealed record BackgroundJobFailureInfo(string JobName, Guid? TenantId, string ArgumentsSummary, string Error, int Attempts, DateTime FailedAtUtc);
