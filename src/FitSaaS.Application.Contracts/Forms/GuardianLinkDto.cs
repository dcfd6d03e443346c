namespace FitSaaS.Forms;

/// <summary>A guardian and a dependant.</summary>
public sealed class GuardianLinkDto
{
    /// <summary>Id.</summary>
    public Guid Id { get; init; }

    /// <summary>The guardian (user id).</summary>
    public Guid GuardianId { get; init; }

    /// <summary>The dependant (user id).</summary>
    public Guid DependantId { get; init; }

    /// <summary>When linked (UTC).</summary>
    public DateTime LinkedAt { get; init; }
}
