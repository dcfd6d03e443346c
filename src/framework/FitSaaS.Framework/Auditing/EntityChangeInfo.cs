namespace FitSaaS.Framework.Auditing;

/// <summary>One saved change of an audited entity.</summary>
public sealed class EntityChangeInfo
{
    /// <summary>UTC time of the save.</summary>
    public DateTime ChangeTimeUtc { get; init; }

    /// <summary>Created, updated or deleted.</summary>
    public EntityChangeType ChangeType { get; init; }

    /// <summary>The entity's tenant, when it is multi-tenant.</summary>
    public Guid? EntityTenantId { get; init; }

    /// <summary>The key (several key values joined by commas).</summary>
    public required string EntityId { get; init; }

    /// <summary>The entity's CLR type full name.</summary>
    public required string EntityTypeFullName { get; init; }

    /// <summary>The changed properties with old and new values.</summary>
    public IReadOnlyList<EntityPropertyChangeInfo> PropertyChanges { get; init; } = [];
}
