namespace FitSaaS.Framework.Domain;

/// <summary>Aggregate root with creation and modification audit properties.</summary>
public abstract class AuditedAggregateRoot<TKey> : CreationAuditedAggregateRoot<TKey>, IHasModificationAudit
{
    /// <summary>For EF Core.</summary>
    protected AuditedAggregateRoot()
    {
    }

    /// <summary>Creates the aggregate with its key.</summary>
    protected AuditedAggregateRoot(TKey id)
        : base(id)
    {
    }

    /// <inheritdoc/>
    public DateTime? LastModificationTime { get; set; }

    /// <inheritdoc/>
    public Guid? LastModifierId { get; set; }
}
