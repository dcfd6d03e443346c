namespace FitSaaS.FeatureManagement;

/// <summary>A tenant's edition assignment and the edition in effect.</summary>
public sealed class TenantEditionDto
{
    /// <summary>The assigned edition; null = none (defaults apply).</summary>
    public Guid? EditionId { get; init; }

    /// <summary>Name of the assigned edition.</summary>
    public string? EditionName { get; init; }

    /// <summary>UTC instant the assigned edition ends (a trial); null = no end.</summary>
    public DateTime? EditionEndDateUtc { get; init; }

    /// <summary>True when the end date has passed: the trial fallback edition is in effect.</summary>
    public bool IsExpired { get; init; }

    /// <summary>The edition in effect (assigned, or fallback after the end date); null = none.</summary>
    public Guid? EffectiveEditionId { get; init; }

    /// <summary>Name of the edition in effect.</summary>
    public string? EffectiveEditionName { get; init; }
}
