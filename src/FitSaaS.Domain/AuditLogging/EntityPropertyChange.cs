using FitSaaS.Framework.Auditing;
using FitSaaS.Framework.Domain;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.AuditLogging;

/// <summary>Old and new value (JSON text; secrets as <c>***</c>) of one property of an <see cref="EntityChange"/>.</summary>
[HostDatabase]
public sealed class EntityPropertyChange : Entity<Guid>, IMultiTenant
{
    private EntityPropertyChange()
    {
        PropertyName = null!;
        PropertyTypeFullName = null!;
    }

    internal EntityPropertyChange(Guid id, Guid entityChangeId, Guid? tenantId, EntityPropertyChangeInfo info)
        : base(id)
    {
        EntityChangeId = entityChangeId;
        TenantId = tenantId;
        PropertyName = AuditLog.Cut(info.PropertyName, AuditLogConsts.MaxMemberNameLength)!;
        PropertyTypeFullName = AuditLog.Cut(info.PropertyTypeFullName, AuditLogConsts.MaxTypeNameLength)!;
        OriginalValue = AuditLog.Cut(info.OriginalValue, AuditLogConsts.MaxPropertyValueLength);
        NewValue = AuditLog.Cut(info.NewValue, AuditLogConsts.MaxPropertyValueLength);
    }

    /// <summary>The owning change.</summary>
    public Guid EntityChangeId { get; private set; }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>The property name.</summary>
    public string PropertyName { get; private set; }

    /// <summary>The property's CLR type full name.</summary>
    public string PropertyTypeFullName { get; private set; }

    /// <summary>Value before (null on creation).</summary>
    public string? OriginalValue { get; private set; }

    /// <summary>Value after.</summary>
    public string? NewValue { get; private set; }
}
