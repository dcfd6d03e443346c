namespace FitSaaS.Framework.Domain;

/// <summary>Creation audit properties, set by the persistence layer on insert.</summary>
public interface IHasCreationAudit
{
    /// <summary>UTC instant of creation.</summary>
    DateTime CreationTime { get; set; }

    /// <summary>Id of the user who created it; null when created by the system or anonymously.</summary>
    Guid? CreatorId { get; set; }
}
