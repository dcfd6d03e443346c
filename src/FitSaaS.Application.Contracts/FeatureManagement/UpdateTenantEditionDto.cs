namespace FitSaaS.FeatureManagement;

/// <summary>Puts a tenant on an edition, optionally until an end date (a trial).</summary>
public sealed class UpdateTenantEditionDto
{
    /// <summary>Edition id; wins over <see cref="EditionName"/>. Both null: no edition (defaults apply).</summary>
    public Guid? EditionId { get; init; }

    /// <summary>Edition name, e.g. <c>Studio</c>.</summary>
    [System.ComponentModel.DataAnnotations.StringLength(EditionConsts.MaxNameLength)]
    public string? EditionName { get; init; }

    /// <summary>UTC instant the edition ends, in the future; after it the trial fallback edition (default <c>Free</c>) applies. Null = no end.</summary>
    public DateTime? EndDateUtc { get; init; }
}
