using FitSaaS.Framework.Auditing;
using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Guids;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.AuditLogging;

/// <summary>One saved change of an audited entity within an <see cref="AuditLog"/>.</summary>
[HostDatabase]
public sealed class EntityChange : Entity<Guid>, IMultiTenant
{
    private readonly List<EntityPropertyChange> _propertyChanges = [];

    private EntityChange()
    {
        EntityId = null!;
        EntityTypeFullName = null!;
    }

    internal EntityChange(IGuidGenerator guidGenerator, Guid auditLogId, Guid? tenantId, EntityChangeInfo info)
        : base(guidGenerator.Create())
    {
        AuditLogId = auditLogId;
        TenantId = tenantId;
        ChangeTimeUtc = info.ChangeTimeUtc;
        ChangeType = info.ChangeType;
        EntityTenantId = info.EntityTenantId;
        EntityId = AuditLog.Cut(info.EntityId, AuditLogConsts.MaxEntityIdLength)!;
        EntityTypeFullName = AuditLog.Cut(info.EntityTypeFullName, AuditLogConsts.MaxTypeNameLength)!;
        foreach (var property in info.PropertyChanges)
        {
            _propertyChanges.Add(new EntityPropertyChange(guidGenerator.Create(), Id, tenantId, property));
        }
    }

    /// <summary>The owning entry.</summary>
    public Guid AuditLogId { get; private set; }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>UTC time of the save.</summary>
    public DateTime ChangeTimeUtc { get; private set; }

    /// <summary>Created, updated or deleted.</summary>
    public EntityChangeType ChangeType { get; private set; }

    /// <summary>The changed entity's tenant.</summary>
    public Guid? EntityTenantId { get; private set; }

    /// <summary>The changed entity's key.</summary>
    public string EntityId { get; private set; }

    /// <summary>The changed entity's CLR type full name.</summary>
    public string EntityTypeFullName { get; private set; }

    /// <summary>Old and new values of the changed properties.</summary>
    public IReadOnlyList<EntityPropertyChange> PropertyChanges => _propertyChanges;
}
