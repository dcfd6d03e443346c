namespace FitSaaS.Bookings;

/// <summary>What a bulk action did to one session.</summary>
public sealed class BulkClassSessionItemResultDto
{
    /// <summary>The session.</summary>
    public Guid ClassSessionId { get; init; }

    /// <summary>Its start (UTC).</summary>
    public DateTime StartsAtUtc { get; init; }

    /// <summary>True when the action was applied (or there was nothing to change).</summary>
    public bool Succeeded { get; init; }

    /// <summary>When it failed: the stable error code (e.g. <c>Bookings:CapacityBelowConfirmed</c>, <c>Bookings:SessionStarted</c>).</summary>
    public string? ErrorCode { get; init; }

    /// <summary>When it failed: the message.</summary>
    public string? Error { get; init; }
}
