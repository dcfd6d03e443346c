namespace FitSaaS.FeatureManagement;

/// <summary>An edition (platform tier).</summary>
public sealed class EditionDto
{
    /// <summary>Edition id.</summary>
    public Guid Id { get; init; }

    /// <summary>Unique name, e.g. <c>Pro</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Human-readable name.</summary>
    public required string DisplayName { get; init; }

    /// <summary>UTC instant of creation.</summary>
    public DateTime CreationTime { get; init; }

    /// <summary>Concurrency stamp; send it back on update.</summary>
    public required string ConcurrencyStamp { get; init; }
}
