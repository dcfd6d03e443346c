namespace FitSaaS.Identity;

/// <summary>A role was deleted; its grants go with it (handled before commit).</summary>
public sealed record RoleDeletedEvent(Guid? TenantId, string Name);
