namespace FitSaaS.Framework.Auditing;

/// <summary>What happened to an audited entity.</summary>
public enum EntityChangeType
{
    /// <summary>Inserted.</summary>
    Created = 0,

    /// <summary>Updated.</summary>
    Updated = 1,

    /// <summary>Deleted (hard, or soft: <c>IsDeleted</c> turned true).</summary>
    Deleted = 2,
}
