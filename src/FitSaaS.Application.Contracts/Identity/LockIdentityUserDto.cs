using System.ComponentModel.DataAnnotations;

namespace FitSaaS.Identity;

/// <summary>Locks a user out.</summary>
public sealed class LockIdentityUserDto
{
    /// <summary>Lock duration in minutes; default 60, at most one year.</summary>
    [Range(1, 525_600)]
    public int Minutes { get; init; } = 60;
}
