namespace FitSaaS.Framework.Exceptions;

/// <summary>
/// The requested entity does not exist or is not visible to the current tenant; HTTP 404 with code
/// <c>FitSaaS:EntityNotFound</c>. A row of another tenant is reported exactly like a missing one.
/// </summary>
public sealed class EntityNotFoundException : Exception, IHasErrorCode
{
    /// <summary>The error code of every <see cref="EntityNotFoundException"/>.</summary>
    public const string ErrorCode = "FitSaaS:EntityNotFound";

    /// <summary>Creates the exception for an entity type and id.</summary>
    public EntityNotFoundException(Type entityType, object? id)
        : base($"There is no {entityType?.Name} with id '{id}'.")
    {
        ArgumentNullException.ThrowIfNull(entityType);
        EntityType = entityType;
        Id = id;
    }

    /// <summary>
    /// Creates the exception from a message alone, e.g. for a 404 problem received from a remote service (the entity
    /// type is then not known: <see cref="EntityType"/> is null).
    /// </summary>
    public EntityNotFoundException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <summary>The entity type looked for; null when the exception was rebuilt from a remote problem.</summary>
    public Type? EntityType { get; }

    /// <summary>The id looked for.</summary>
    public object? Id { get; }

    /// <inheritdoc/>
    public string Code => ErrorCode;
}
