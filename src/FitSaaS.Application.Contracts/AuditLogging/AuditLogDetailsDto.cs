namespace FitSaaS.AuditLogging;

/// <summary>An audit entry with its actions and entity changes.</summary>
public sealed class AuditLogDetailsDto : AuditLogDto
{
    /// <summary>The application-service calls.</summary>
    public IReadOnlyList<AuditLogActionDto> Actions { get; init; } = [];

    /// <summary>The entity changes.</summary>
    public IReadOnlyList<EntityChangeDto> EntityChanges { get; init; } = [];
}
