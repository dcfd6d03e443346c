namespace FitSaaS.Framework.Domain;

/// <summary>Child entity with creation audit properties.</summary>
public abstract class CreationAuditedEntity<TKey> : Entity<TKey>, IHasCreationAudit
{
    /// <summary>For EF Core.</summary>
    protected CreationAuditedEntity()
    {
    }

    /// <summary>Creates the entity with its key.</summary>
    protected CreationAuditedEntity(TKey id)
        : base(id)
    {
    }

    /// <inheritdoc/>
    public DateTime CreationTime { get; set; }

    /// <inheritdoc/>
    public Guid? CreatorId { get; set; }
}
