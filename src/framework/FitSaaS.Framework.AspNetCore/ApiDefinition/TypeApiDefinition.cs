namespace FitSaaS.Framework.AspNetCore.ApiDefinition;

/// <summary>A DTO (<c>object</c>) or an enum, as the host's JSON options serialize it.</summary>
/// <param name="Kind"><c>object</c> or <c>enum</c>.</param>
/// <param name="BaseType">The base DTO's type name (its properties are listed there), or null.</param>
/// <param name="GenericArguments">The generic parameter names of a generic DTO (e.g. <c>["T"]</c>), or null.</param>
/// <param name="Properties">The properties declared by this type (not inherited), in declaration order; null for an enum.</param>
/// <param name="EnumNames">The member names of an enum, in value order; null for a DTO.</param>
/// <param name="EnumValues">
/// What each enum member looks like in JSON (same order as <see cref="EnumNames"/>): its name as a string when the host
/// writes enums as strings, its number otherwise; null for a DTO.
/// </param>
public sealed record TypeApiDefinition(
    string Kind,
    string? BaseType,
    IReadOnlyList<string>? GenericArguments,
    IReadOnlyList<PropertyApiDefinition>? Properties,
    IReadOnlyList<string>? EnumNames,
    IReadOnlyList<object>? EnumValues);
