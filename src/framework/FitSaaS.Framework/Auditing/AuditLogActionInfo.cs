namespace FitSaaS.Framework.Auditing;

/// <summary>One application-service call recorded in an audit entry.</summary>
public sealed class AuditLogActionInfo
{
    /// <summary>The contract interface's full name.</summary>
    public required string ServiceName { get; init; }

    /// <summary>The method name.</summary>
    public required string MethodName { get; init; }

    /// <summary>The arguments as a JSON object, secret values redacted, truncated to the configured length.</summary>
    public required string Parameters { get; set; }

    /// <summary>UTC start of the call.</summary>
    public DateTime ExecutionTimeUtc { get; init; }

    /// <summary>Duration in milliseconds.</summary>
    public int DurationMs { get; set; }

    /// <summary>Exception type and message, if the call failed.</summary>
    public string? Exception { get; set; }
}
