namespace FitSaaS.Framework.Auditing;

/// <summary>One changed property of an entity change; values as JSON text, secret ones redacted.</summary>
public sealed class EntityPropertyChangeInfo
{
    /// <summary>The property name.</summary>
    public required string PropertyName { get; init; }

    /// <summary>The property's CLR type full name.</summary>
    public required string PropertyTypeFullName { get; init; }

    /// <summary>The value before the change (null for a creation or a null value).</summary>
    public string? OriginalValue { get; init; }

    /// <summary>The value after the change (null for a null value).</summary>
    public string? NewValue { get; init; }
}
