namespace FitSaaS.Billing;

/// <summary>A freeze of a membership: local dates, inclusive.</summary>
public sealed class MembershipFreezeDto
{
    /// <summary>Id.</summary>
    public Guid Id { get; init; }

    /// <summary>First frozen day.</summary>
    public DateOnly StartDate { get; init; }

    /// <summary>Last frozen day.</summary>
    public DateOnly EndDate { get; init; }

    /// <summary>Why.</summary>
    public string? Reason { get; init; }
}
