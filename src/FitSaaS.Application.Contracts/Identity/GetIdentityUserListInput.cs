using System.ComponentModel.DataAnnotations;
using FitSaaS.Framework.Application;

namespace FitSaaS.Identity;

/// <summary>User list query.</summary>
[AllowedSorting("userName", "email", "creationTime")]
public sealed class GetIdentityUserListInput : PagedAndSortedResultRequestDto
{
    /// <summary>Part of the user name or e-mail.</summary>
    [StringLength(IdentityConsts.MaxEmailLength)]
    public string? Filter { get; init; }

    /// <summary>Only users holding this role.</summary>
    [StringLength(IdentityConsts.MaxUserNameLength)]
    public string? RoleName { get; init; }
}
