namespace FitSaaS.Framework.Domain;

/// <summary>Modification audit properties, set by the persistence layer on update.</summary>
public interface IHasModificationAudit
{
    /// <summary>UTC instant of the last modification; null if never modified.</summary>
    DateTime? LastModificationTime { get; set; }

    /// <summary>Id of the user who last modified it.</summary>
    Guid? LastModifierId { get; set; }
}
