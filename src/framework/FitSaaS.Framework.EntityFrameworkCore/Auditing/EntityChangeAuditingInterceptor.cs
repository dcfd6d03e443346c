using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using FitSaaS.Framework.Auditing;
using FitSaaS.Framework.DependencyInjection;
using FitSaaS.Framework.Domain;
using FitSaaS.Framework.MultiTenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Options;

namespace FitSaaS.Framework.EntityFrameworkCore.Auditing;

/// <summary>
/// Collects the changes of audited entities into the current audit scope just before EF Core saves
/// them (after the kit's own concepts ran, so a soft delete is seen as <c>IsDeleted</c> turning true and
/// recorded as <see cref="EntityChangeType.Deleted"/>). Entity history is opt-in: audited are the entity classes marked
/// <see cref="AuditedAttribute"/> or accepted by one of <see cref="AuditingOptions.EntityHistorySelectors"/>, except types
/// listed in <see cref="AuditingOptions.IgnoredEntityTypes"/>, classes marked <see cref="DisableAuditingAttribute"/>
/// and owned types; nothing when <see cref="AuditingOptions.IsEntityHistoryEnabled"/> is off. Concurrency stamps are skipped; secret-like properties are stored as <c>***</c>.
/// Registered in DI as an EF Core <see cref="IInterceptor"/>, which adds it to the kit's contexts.
/// </summary>
public sealed class EntityChangeAuditingInterceptor(
    IAuditingManager auditingManager,
    IOptions<AuditingOptions> options,
    TimeProvider timeProvider) : SaveChangesInterceptor, ISingletonDependency
{
    private readonly ConcurrentDictionary<Type, bool> _auditedTypes = new();

    /// <inheritdoc/>
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Collect(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    /// <inheritdoc/>
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventData);
        Collect(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    private void Collect(DbContext? context)
    {
        var settings = options.Value;
        if (context is null || !settings.IsEnabled || !settings.IsEntityHistoryEnabled || auditingManager.Current is not { } scope)
        {
            return;
        }

        var now = timeProvider.GetUtcNow().UtcDateTime;
        var changes = new List<EntityChangeInfo>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted) ||
                entry.Metadata.IsOwned() || !IsAudited(entry.Metadata.ClrType, settings))
            {
                continue;
            }

            var change = ToChange(entry, now, settings);
            if (change is not null)
            {
                changes.Add(change);
            }
        }

        if (changes.Count > 0)
        {
            scope.Log.AddEntityChanges(changes);
        }
    }

    private bool IsAudited(Type type, AuditingOptions settings) =>
        _auditedTypes.GetOrAdd(type, static (t, s) =>
            !s.IgnoredEntityTypes.Contains(t) && t.GetCustomAttribute<DisableAuditingAttribute>(inherit: true) is null &&
            (t.GetCustomAttribute<AuditedAttribute>(inherit: true) is not null || s.EntityHistorySelectors.Any(selector => selector(t))), settings);

    private static EntityChangeInfo? ToChange(EntityEntry entry, DateTime now, AuditingOptions settings)
    {
        var changeType = entry.State switch
        {
            EntityState.Added => EntityChangeType.Created,
            EntityState.Deleted => EntityChangeType.Deleted,
            _ => IsSoftDeleted(entry) ? EntityChangeType.Deleted : EntityChangeType.Updated,
        };

        // A name/value entity (e.g. a setting) whose name is secret-like gets its value redacted.
        var secretValue = entry.Metadata.FindProperty("Value") is not null &&
            (entry.Metadata.FindProperty("Name") is { } nameProperty && settings.IsSecretName(entry.Property(nameProperty.Name).CurrentValue as string));
        var properties = new List<EntityPropertyChangeInfo>();
        if (changeType != EntityChangeType.Deleted || entry.State == EntityState.Modified)
        {
            foreach (var property in entry.Properties)
            {
                var metadata = property.Metadata;
                if (metadata.IsPrimaryKey() || metadata.Name == nameof(IHasConcurrencyStamp.ConcurrencyStamp))
                {
                    continue;
                }

                var original = entry.State == EntityState.Added ? null : property.OriginalValue;
                var current = property.CurrentValue;
                if (entry.State == EntityState.Added ? current is null : !property.IsModified || Equals(original, current))
                {
                    continue;
                }

                var secret = settings.IsSecretName(metadata.Name) || (secretValue && metadata.Name == "Value") ||
                    metadata.PropertyInfo?.GetCustomAttribute<DisableAuditingAttribute>() is not null;
                properties.Add(new EntityPropertyChangeInfo
                {
                    PropertyName = metadata.Name,
                    PropertyTypeFullName = metadata.ClrType.FullName ?? metadata.ClrType.Name,
                    OriginalValue = Format(original, secret, settings),
                    NewValue = Format(current, secret, settings),
                });
            }
        }

        if (changeType == EntityChangeType.Updated && properties.Count == 0)
        {
            return null;
        }

        var key = entry.Metadata.FindPrimaryKey();
        var id = key is null ? string.Empty : string.Join(",", key.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture)));
        return new EntityChangeInfo
        {
            ChangeTimeUtc = now,
            ChangeType = changeType,
            EntityTenantId = (entry.Entity as IMultiTenant)?.TenantId,
            EntityId = id,
            EntityTypeFullName = entry.Metadata.ClrType.FullName ?? entry.Metadata.ClrType.Name,
            PropertyChanges = properties,
        };
    }

    private static bool IsSoftDeleted(EntityEntry entry) =>
        entry.Entity is ISoftDelete { IsDeleted: true } &&
        entry.Property(nameof(ISoftDelete.IsDeleted)).OriginalValue is false;

    private static string? Format(object? value, bool secret, AuditingOptions settings)
    {
        if (value is null)
        {
            return null;
        }

        if (secret)
        {
            return AuditingOptions.RedactedValue;
        }

        string text;
        try
        {
            text = JsonSerializer.Serialize(value, value.GetType());
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException)
        {
            text = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
        }

        return AuditParameterSerializer.Truncate(text, settings.MaxPropertyValueLength);
    }
}
