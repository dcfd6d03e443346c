using FitSaaS.Framework.BackgroundJobs;

namespace FitSaaS.EntityFrameworkCore.Identity;

/// <summary>Arguments of <see cref="TokenPruningJob"/>.</summary>
[BackgroundJobName("Identity.TokenPruning")]
public sealed record TokenPruningArgs
{
    /// <summary>
    /// Rows younger than this stay, even when dead; default 14 days (OpenIddict's default), so a rotated refresh token
    /// presented again is still recognised as reused (and revokes its family) for that long.
    /// </summary>
    public TimeSpan MinimumAge { get; init; } = TimeSpan.FromDays(14);
}
