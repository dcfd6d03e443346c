namespace FitSaaS.AuditLogging;

/// <summary>Old and new value of one property (JSON text, secrets as <c>***</c>).</summary>
public sealed class EntityPropertyChangeDto
{
    /// <summary>Property name.</summary>
    public required string PropertyName { get; init; }

    /// <summary>Property CLR type full name.</summary>
    public required string PropertyTypeFullName { get; init; }

    /// <summary>Value before (null on creation).</summary>
    public string? OriginalValue { get; init; }

    /// <summary>Value after.</summary>
    public string? NewValue { get; init; }
}
