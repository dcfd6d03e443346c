namespace FitSaaS.Framework.Domain;

/// <summary>Aggregate root with creation, modification and deletion audit properties and soft delete.</summary>
public abstract class FullAuditedAggregateRoot<TKey> : AuditedAggregateRoot<TKey>, IHasDeletionAudit
{
    /// <summary>For EF Core.</summary>
    protected FullAuditedAggregateRoot()
    {
    }

    /// <summary>Creates the aggregate with its key.</summary>
    protected FullAuditedAggregateRoot(TKey id)
        : base(id)
    {
    }

    /// <inheritdoc/>
    public bool IsDeleted { get; set; }

    /// <inheritdoc/>
    public DateTime? DeletionTime { get; set; }

    /// <inheritdoc/>
    public Guid? DeleterId { get; set; }
}
