namespace FitSaaS.BackgroundJobs;

/// <summary>A background job that failed on its last attempt.</summary>
public sealed class BackgroundJobFailureDto
{
    /// <summary>Id of the record.</summary>
    public Guid Id { get; init; }

    /// <summary>The job's stable name.</summary>
    public required string JobName { get; init; }

    /// <summary>The tenant the job ran for (null = host).</summary>
    public Guid? TenantId { get; init; }

    /// <summary>The names of the argument's properties (never their values).</summary>
    public required string ArgumentsSummary { get; init; }

    /// <summary>Type and message of the last exception (at most 2000 characters).</summary>
    public required string Error { get; init; }

    /// <summary>Attempts made.</summary>
    public int Attempts { get; init; }

    /// <summary>When the last attempt failed (UTC).</summary>
    public DateTime FailedAtUtc { get; init; }
}
