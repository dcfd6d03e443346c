namespace FitSaaS.Framework.Domain;

/// <summary>Aggregate root with creation audit properties.</summary>
public abstract class CreationAuditedAggregateRoot<TKey> : AggregateRoot<TKey>, IHasCreationAudit
{
    /// <summary>For EF Core.</summary>
    protected CreationAuditedAggregateRoot()
    {
    }

    /// <summary>Creates the aggregate with its key.</summary>
    protected CreationAuditedAggregateRoot(TKey id)
        : base(id)
    {
    }

    /// <inheritdoc/>
    public DateTime CreationTime { get; set; }

    /// <inheritdoc/>
    public Guid? CreatorId { get; set; }
}
