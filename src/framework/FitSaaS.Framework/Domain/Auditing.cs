namespace FitSaaS.Framework.Domain;

/// <summary>Creation audit properties, set by the persistence layer on insert.</summary>
public interface IHasCreationAudit
{
    /// <summary>UTC instant of creation.</summary>
    DateTime CreationTime { get; set; }

    /// <summary>Id of the user who created it; null when created by the system or anonymously.</summary>
    Guid? CreatorId { get; set; }
}

/// <summary>Modification audit properties, set by the persistence layer on update.</summary>
public interface IHasModificationAudit
{
    /// <summary>UTC instant of the last modification; null if never modified.</summary>
    DateTime? LastModificationTime { get; set; }

    /// <summary>Id of the user who last modified it.</summary>
    Guid? LastModifierId { get; set; }
}

/// <summary>
/// Soft delete: deleting sets <see cref="IsDeleted"/> instead of removing the row, and a global
/// query filter hides deleted rows (disable it with <c>IDataFilter.Disable&lt;ISoftDelete&gt;()</c>).
/// </summary>
public interface ISoftDelete
{
    /// <summary>True once deleted.</summary>
    bool IsDeleted { get; set; }
}

/// <summary>Deletion audit properties, set by the persistence layer on soft delete.</summary>
public interface IHasDeletionAudit : ISoftDelete
{
    /// <summary>UTC instant of deletion.</summary>
    DateTime? DeletionTime { get; set; }

    /// <summary>Id of the user who deleted it.</summary>
    Guid? DeleterId { get; set; }
}

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
