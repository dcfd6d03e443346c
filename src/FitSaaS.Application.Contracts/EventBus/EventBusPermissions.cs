namespace FitSaaS.EventBus;

/// <summary>Permission names of the distributed event bus.</summary>
public static class EventBusPermissions
{
    /// <summary>The permission group.</summary>
    public const string GroupName = "FitSaaS.EventBus";

    /// <summary>List and requeue dead-lettered distributed events (host side only; the host admin holds it).</summary>
    public const string DeadLetters = GroupName + ".DeadLetters";
}
