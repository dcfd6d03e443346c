using System.ComponentModel.DataAnnotations;
using FitSaaS.Framework.Application;

namespace FitSaaS.Identity;

/// <summary>Client list query.</summary>
public sealed class GetClientListInput : PagedResultRequestDto
{
    /// <summary>Part of the client id or name.</summary>
    [StringLength(100)]
    public string? Filter { get; init; }
}
