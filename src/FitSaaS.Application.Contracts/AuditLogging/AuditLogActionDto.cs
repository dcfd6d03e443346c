namespace FitSaaS.AuditLogging;

/// <summary>One application-service call of an audit entry.</summary>
public sealed class AuditLogActionDto
{
    /// <summary>Contract interface full name.</summary>
    public required string ServiceName { get; init; }

    /// <summary>Method name.</summary>
    public required string MethodName { get; init; }

    /// <summary>Arguments as JSON text, secrets as <c>***</c>.</summary>
    public required string Parameters { get; init; }

    /// <summary>UTC start.</summary>
    public DateTime ExecutionTimeUtc { get; init; }

    /// <summary>Duration in milliseconds.</summary>
    public int DurationMs { get; init; }

    /// <summary>Exception type and message of a failure.</summary>
    public string? Exception { get; init; }
}
