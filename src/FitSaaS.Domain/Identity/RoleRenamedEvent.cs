namespace FitSaaS.Identity;

/// <summary>A role was renamed; grants keyed by the old name follow (handled before commit).</summary>
public sealed record RoleRenamedEvent(Guid? TenantId, string OldName, string NewName);
