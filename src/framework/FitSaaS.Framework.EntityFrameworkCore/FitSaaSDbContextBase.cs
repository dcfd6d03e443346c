using System.Linq.Expressions;
using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FitSaaS.Framework.EntityFrameworkCore;

/// <summary>
/// Base DbContext of the kit. It adds global query filters for <see cref="IMultiTenant"/> (current
/// tenant's rows only; the host sees rows without a tenant) and <see cref="ISoftDelete"/>, read from
/// this instance so EF Core parameterises them; sets <c>TenantId</c> and audit properties on save;
/// renews concurrency stamps; turns deletes of soft-delete entities into updates; dispatches local
/// events before saving; stores every <see cref="DateTime"/> as UTC.
/// </summary>
public abstract class FitSaaSDbContextBase : DbContext
{
    /// <summary>Error code of an optimistic-concurrency conflict (409).</summary>
    public const string ConcurrencyConflictCode = "FitSaaS:ConcurrencyConflict";

    private readonly FitSaaSDbContextDependencies _dependencies;

    /// <summary>Creates the context.</summary>
    protected FitSaaSDbContextBase(DbContextOptions options, FitSaaSDbContextDependencies dependencies)
        : base(options)
    {
        ArgumentNullException.ThrowIfNull(dependencies);
        _dependencies = dependencies;
    }

    /// <summary>The tenant the filters use now (null = host).</summary>
    protected Guid? CurrentTenantId => _dependencies.CurrentTenant.Id;

    /// <summary>True unless the tenant filter is disabled in this async flow.</summary>
    protected bool IsMultiTenantFilterEnabled => _dependencies.DataFilter.IsEnabled<IMultiTenant>();

    /// <summary>True unless the soft-delete filter is disabled in this async flow.</summary>
    protected bool IsSoftDeleteFilterEnabled => _dependencies.DataFilter.IsEnabled<ISoftDelete>();

    /// <inheritdoc/>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcNullableDateTimeConverter>();
    }

    /// <summary>Applies the kit's conventions to every mapped entity; call it at the end of <c>OnModelCreating</c>.</summary>
    protected void ConfigureFrameworkConventions(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        foreach (var entityType in modelBuilder.Model.GetEntityTypes().Where(t => t.BaseType is null && !t.IsOwned()))
        {
            var clrType = entityType.ClrType;
            var builder = modelBuilder.Entity(clrType);
            if (typeof(IHasConcurrencyStamp).IsAssignableFrom(clrType))
            {
                builder.Property(nameof(IHasConcurrencyStamp.ConcurrencyStamp)).IsConcurrencyToken().HasMaxLength(40).IsRequired();
            }

            if (typeof(IMultiTenant).IsAssignableFrom(clrType))
            {
                builder.HasIndex(nameof(IMultiTenant.TenantId));
            }

            var filter = BuildFilter(clrType);
            if (filter is not null)
            {
                builder.HasQueryFilter(filter);
            }
        }
    }

    private LambdaExpression? BuildFilter(Type clrType)
    {
        var isMultiTenant = typeof(IMultiTenant).IsAssignableFrom(clrType);
        var isSoftDelete = typeof(ISoftDelete).IsAssignableFrom(clrType);
        if (!isMultiTenant && !isSoftDelete)
        {
            return null;
        }

        var entity = Expression.Parameter(clrType, "e");
        var context = Expression.Constant(this);
        Expression? body = null;
        if (isSoftDelete)
        {
            // !IsSoftDeleteFilterEnabled || !e.IsDeleted
            body = Expression.OrElse(
                Expression.Not(Expression.Property(context, nameof(IsSoftDeleteFilterEnabled))),
                Expression.Not(Expression.Property(entity, nameof(ISoftDelete.IsDeleted))));
        }

        if (isMultiTenant)
        {
            // !IsMultiTenantFilterEnabled || e.TenantId == CurrentTenantId
            var tenant = Expression.OrElse(
                Expression.Not(Expression.Property(context, nameof(IsMultiTenantFilterEnabled))),
                Expression.Equal(Expression.Property(entity, nameof(IMultiTenant.TenantId)), Expression.Property(context, nameof(CurrentTenantId))));
            body = body is null ? tenant : Expression.AndAlso(body, tenant);
        }

        return Expression.Lambda(body!, entity);
    }

    /// <summary>
    /// Synchronous save, for libraries with synchronous APIs only (ASP.NET Core Data Protection's key ring): it applies the
    /// kit's concepts but cannot dispatch local events without blocking, so it refuses such changes.
    /// </summary>
    /// <exception cref="InvalidOperationException">An entity has local events to dispatch: call
    /// <see cref="SaveChangesAsync(bool, CancellationToken)"/>.</exception>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        if (ChangeTracker.Entries<IGeneratesDomainEvents>().Any(e => e.Entity.GetLocalEvents().Count > 0))
        {
            throw new InvalidOperationException("These changes raise local events, which are dispatched asynchronously: call SaveChangesAsync.");
        }

        ApplyConcepts();
        try
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new BusinessException(ConcurrencyConflictCode, "The data was changed by someone else; reload and retry.", ex);
        }
    }

    /// <inheritdoc/>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        // Changes are detected once (a scan of every tracked entity's properties), not by every reader of
        // ChangeTracker.Entries() — the event dispatch, the concepts, EF Core's own save and each SaveChanges interceptor
        // (auditing, permission-grant invalidation) scanned again, about six scans per save. The concepts set their values
        // through the change tracker, which marks them modified without a scan; event handlers may change aggregates, so
        // a dispatch round that ran handlers is followed by a scan.
        var autoDetectChanges = ChangeTracker.AutoDetectChangesEnabled;
        if (autoDetectChanges)
        {
            ChangeTracker.DetectChanges();
            ChangeTracker.AutoDetectChangesEnabled = false;
        }

        try
        {
            await DispatchLocalEventsAsync(detectChangesAfterHandlers: autoDetectChanges, cancellationToken);
            ApplyConcepts();
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            throw new BusinessException(ConcurrencyConflictCode, "The data was changed by someone else; reload and retry.", ex);
        }
        catch (DbUpdateException ex) when (RowLevelSecurity.RowLevelSecurityNames.IsViolation(ex))
        {
            // PostgreSQL's row-level security refused a row (another tenant's, or the host's from a tenant): 403, not 500.
            throw new BusinessException(RowLevelSecurity.RowLevelSecurityNames.ViolationErrorCode, "The database refused to write these rows for the current tenant.", ex);
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = autoDetectChanges;
        }
    }

    private async Task DispatchLocalEventsAsync(bool detectChangesAfterHandlers, CancellationToken cancellationToken)
    {
        // Handlers may change aggregates and raise further events: dispatch until none is left.
        for (var round = 0; round < 10; round++)
        {
            var sources = ChangeTracker.Entries<IGeneratesDomainEvents>()
                .Select(e => e.Entity)
                .Where(e => e.GetLocalEvents().Count > 0)
                .ToList();
            if (sources.Count == 0)
            {
                return;
            }

            foreach (var source in sources)
            {
                var events = source.GetLocalEvents().ToArray();
                source.ClearLocalEvents();
                foreach (var eventData in events)
                {
                    await _dependencies.LocalEventBus.PublishAsync(eventData, cancellationToken);
                }
            }

            if (detectChangesAfterHandlers)
            {
                ChangeTracker.DetectChanges();
            }
        }

        throw new InvalidOperationException("Local event handlers kept raising events for 10 rounds; is there a cycle?");
    }

    private void ApplyConcepts()
    {
        var now = _dependencies.TimeProvider.GetUtcNow().UtcDateTime;
        var userId = _dependencies.CurrentUser.Id;
        foreach (var entry in ChangeTracker.Entries().ToList())
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    SetTenantId(entry);
                    if (entry.Entity is IHasCreationAudit created)
                    {
                        if (created.CreationTime == default && !TrySetTracked(entry, nameof(IHasCreationAudit.CreationTime), now))
                        {
                            created.CreationTime = now;
                        }

                        if (created.CreatorId is null && !TrySetTracked(entry, nameof(IHasCreationAudit.CreatorId), userId))
                        {
                            created.CreatorId = userId;
                        }
                    }

                    break;
                case EntityState.Modified:
                    CheckTenant(entry);
                    Modified(entry, now, userId);
                    break;
                case EntityState.Deleted when entry.Entity is ISoftDelete softDelete:
                    CheckTenant(entry);
                    entry.State = EntityState.Modified;
                    if (!TrySetTracked(entry, nameof(ISoftDelete.IsDeleted), true))
                    {
                        softDelete.IsDeleted = true;
                    }

                    if (entry.Entity is IHasDeletionAudit deleted)
                    {
                        if (!TrySetTracked(entry, nameof(IHasDeletionAudit.DeletionTime), now))
                        {
                            deleted.DeletionTime = now;
                        }

                        if (!TrySetTracked(entry, nameof(IHasDeletionAudit.DeleterId), userId))
                        {
                            deleted.DeleterId = userId;
                        }
                    }

                    Modified(entry, now, userId);
                    break;
                case EntityState.Deleted:
                    CheckTenant(entry);
                    break;
            }
        }
    }

    private static void Modified(EntityEntry entry, DateTime now, Guid? userId)
    {
        if (entry.Entity is IHasModificationAudit modified)
        {
            if (!TrySetTracked(entry, nameof(IHasModificationAudit.LastModificationTime), now))
            {
                modified.LastModificationTime = now;
            }

            if (!TrySetTracked(entry, nameof(IHasModificationAudit.LastModifierId), userId))
            {
                modified.LastModifierId = userId;
            }
        }

        if (entry.Entity is IHasConcurrencyStamp stamped)
        {
            var stamp = entry.Property(nameof(IHasConcurrencyStamp.ConcurrencyStamp));
            stamp.OriginalValue = stamped.ConcurrencyStamp;
            stamp.CurrentValue = Guid.NewGuid().ToString("N");
        }
    }

    // Through the change tracker, so a modified entity's property is marked modified without scanning for changes. False
    // when the model does not map the property: the caller sets it on the object.
    private static bool TrySetTracked(EntityEntry entry, string propertyName, object? value)
    {
        if (entry.Metadata.FindProperty(propertyName) is null)
        {
            return false;
        }

        entry.Property(propertyName).CurrentValue = value;
        return true;
    }

    private void SetTenantId(EntityEntry entry)
    {
        if (entry.Entity is not IMultiTenant multiTenant)
        {
            return;
        }

        var current = _dependencies.CurrentTenant.Id;
        if (multiTenant.TenantId is null && current is not null)
        {
            entry.Property(nameof(IMultiTenant.TenantId)).CurrentValue = current;
        }

        CheckTenant(entry);
    }

    private void CheckTenant(EntityEntry entry)
    {
        // Second line of defence: code running for tenant A never writes rows of tenant B or of the host.
        if (entry.Entity is IMultiTenant { TenantId: var tenantId } && _dependencies.CurrentTenant.Id is { } current &&
            IsMultiTenantFilterEnabled && tenantId != current)
        {
            throw new InvalidOperationException(
                $"Refusing to write a {entry.Metadata.ClrType.Name} of another tenant while running for tenant {current}.");
        }
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : v.ToUniversalTime(),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

    private sealed class UtcNullableDateTimeConverter() : ValueConverter<DateTime?, DateTime?>(
        v => v.HasValue ? (v.Value.Kind == DateTimeKind.Utc ? v : v.Value.ToUniversalTime()) : v,
        v => v.HasValue ? DateTime.SpecifyKind(v.Value, DateTimeKind.Utc) : v);
}
