using FitSaaS.Framework.Auditing;

namespace FitSaaS.AuditLogging;

/// <summary>One entity change of an audit entry.</summary>
public sealed class EntityChangeDto
{
    /// <summary>UTC time of the save.</summary>
    public DateTime ChangeTimeUtc { get; init; }

    /// <summary>Created, updated or deleted.</summary>
    public EntityChangeType ChangeType { get; init; }

    /// <summary>The entity's tenant.</summary>
    public Guid? EntityTenantId { get; init; }

    /// <summary>The entity's key.</summary>
    public required string EntityId { get; init; }

    /// <summary>The entity's CLR type full name.</summary>
    public required string EntityTypeFullName { get; init; }

    /// <summary>Old and new values.</summary>
    public IReadOnlyList<EntityPropertyChangeDto> PropertyChanges { get; init; } = [];
}
