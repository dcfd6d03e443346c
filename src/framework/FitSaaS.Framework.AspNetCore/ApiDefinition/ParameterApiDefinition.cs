namespace FitSaaS.Framework.AspNetCore.ApiDefinition;

/// <summary>
/// One parameter. A complex input of a GET or DELETE is one parameter bound from the query string; its properties
/// travel flattened, one query key each, listed in <see cref="QueryKeys"/>.
/// </summary>
/// <param name="Name">The contract's parameter name (also the route or query key of a simple value).</param>
/// <param name="BindingSource"><c>route</c>, <c>query</c> or <c>body</c>.</param>
/// <param name="Type">The parameter's type.</param>
/// <param name="IsOptional">True when the caller may leave it out (a default value, or a query value that may be absent).</param>
/// <param name="IsNullable">True when null is accepted (a nullable value type or a nullable reference).</param>
/// <param name="DefaultValue">The declared default value, or null.</param>
/// <param name="QueryKeys">For a complex query input: the query-string keys of its properties (nested ones dotted); otherwise null.</param>
public sealed record ParameterApiDefinition(
    string Name,
    string BindingSource,
    TypeReferenceApiDefinition Type,
    bool IsOptional,
    bool IsNullable,
    object? DefaultValue,
    IReadOnlyList<string>? QueryKeys);
