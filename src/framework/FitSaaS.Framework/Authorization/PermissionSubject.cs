namespace FitSaaS.Framework.Authorization;

/// <summary>Who a grant set is for: a user (with the roles its token names, used only when the store knows no better) or a client.</summary>
/// <param name="TenantId">Tenant of the check; null for the host.</param>
/// <param name="UserId">The user (<c>sub</c>); null for a client acting on its own behalf.</param>
/// <param name="ClientId">The OAuth client (<c>client_id</c>), if any.</param>
/// <param name="TokenRoles">Role names from the token.</param>
public sealed record PermissionSubject(Guid? TenantId, Guid? UserId, string? ClientId, IReadOnlyList<string> TokenRoles);
