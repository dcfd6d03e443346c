namespace FitSaaS.Bookings;

/// <summary>The result of a bulk action, one item per selected session in start order.</summary>
public sealed class BulkClassSessionResultDto
{
    /// <summary>Sessions the action was applied to.</summary>
    public int SucceededCount { get; init; }

    /// <summary>Sessions it could not be applied to (see their items); they are unchanged.</summary>
    public int FailedCount { get; init; }

    /// <summary>Per session.</summary>
    public IReadOnlyList<BulkClassSessionItemResultDto> Items { get; init; } = [];
}
