namespace FitSaaS.BackgroundJobs;

/// <summary>Permission names of background jobs.</summary>
public static class BackgroundJobPermissions
{
    /// <summary>The permission group.</summary>
    public const string GroupName = "FitSaaS.BackgroundJobs";

    /// <summary>Read the background jobs that failed for good (host side only; the host admin holds it).</summary>
    public const string Failures = GroupName + ".Failures";

    /// <summary>Open the Hangfire Dashboard at <c>/hangfire</c> (host side only; the host admin holds it).</summary>
    public const string Dashboard = GroupName + ".Dashboard";
}
