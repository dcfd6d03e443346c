namespace FitSaaS.Framework.Domain;

/// <summary>Deletion audit properties, set by the persistence layer on soft delete.</summary>
public interface IHasDeletionAudit : ISoftDelete
{
    /// <summary>UTC instant of deletion.</summary>
    DateTime? DeletionTime { get; set; }

    /// <summary>Id of the user who deleted it.</summary>
    Guid? DeleterId { get; set; }
}
