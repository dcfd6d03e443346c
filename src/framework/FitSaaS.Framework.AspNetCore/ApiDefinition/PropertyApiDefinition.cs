namespace FitSaaS.Framework.AspNetCore.ApiDefinition;

/// <summary>One DTO property.</summary>
/// <param name="Name">The C# property name.</param>
/// <param name="JsonName">The JSON name under the host's options (camelCase unless <c>[JsonPropertyName]</c> says otherwise).</param>
/// <param name="Type">The property's type.</param>
/// <param name="IsNullable">True when the value may be null.</param>
/// <param name="IsRequired">True when a JSON input must carry it (<c>[Required]</c>, <c>required</c> or <c>[JsonRequired]</c>).</param>
public sealed record PropertyApiDefinition(string Name, string JsonName, TypeReferenceApiDefinition Type, bool IsNullable, bool IsRequired);
