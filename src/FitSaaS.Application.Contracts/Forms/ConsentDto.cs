namespace FitSaaS.Forms;

/// <summary>One recorded consent change.</summary>
public sealed class ConsentDto
{
    /// <summary>Id.</summary>
    public Guid Id { get; init; }

    /// <summary>The member.</summary>
    public Guid MemberId { get; init; }

    /// <summary>The purpose.</summary>
    public ConsentPurpose Purpose { get; init; }

    /// <summary>True for a grant, false for a withdrawal.</summary>
    public bool Granted { get; init; }

    /// <summary>When it was recorded and took effect (UTC).</summary>
    public DateTime RecordedAt { get; init; }

    /// <summary>Who recorded it.</summary>
    public Guid RecordedById { get; init; }

    /// <summary>A note, or null.</summary>
    public string? Note { get; init; }

    /// <summary>The client's IP address, or null.</summary>
    public string? IpAddress { get; init; }

    /// <summary>The client's user agent, or null.</summary>
    public string? UserAgent { get; init; }
}
