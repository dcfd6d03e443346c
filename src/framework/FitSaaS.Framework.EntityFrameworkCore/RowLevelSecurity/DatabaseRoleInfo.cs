namespace FitSaaS.Framework.EntityFrameworkCore.RowLevelSecurity;

/// <summary>The database role the application is connected as, and whether row-level security applies to it.</summary>
/// <param name="RoleName">The connected role (<c>current_user</c>).</param>
/// <param name="IsSuperuser">Superusers are never subject to row-level security.</param>
/// <param name="BypassesRowLevelSecurity">Roles with <c>BYPASSRLS</c> are never subject to row-level security.</param>
public sealed record DatabaseRoleInfo(string RoleName, bool IsSuperuser, bool BypassesRowLevelSecurity)
{
    /// <summary>True when the policies are enforced for this role.</summary>
    public bool IsRowLevelSecurityEnforced => !IsSuperuser && !BypassesRowLevelSecurity;
}
