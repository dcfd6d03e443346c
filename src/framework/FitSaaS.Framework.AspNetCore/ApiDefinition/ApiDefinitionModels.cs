namespace FitSaaS.Framework.AspNetCore.ApiDefinition;

/// <summary>
/// The answer of <c>GET /api/api-definition</c>: every HTTP API generated from application-service contracts,
/// grouped by module and service, for tools and clients not written in C#. It describes routes and types, never data.
/// </summary>
/// <param name="Modules">The modules, ordered by name.</param>
/// <param name="Types">
/// With <c>?includeTypes=true</c>: every DTO and enum reachable from the parameters and return types, keyed by
/// <see cref="TypeApiDefinition"/> type name (generic types by their definition, e.g.
/// <c>FitSaaS.Framework.Application.PagedResultDto&lt;T&gt;</c>), ordered by name; otherwise null.
/// </param>
public sealed record ApplicationApiDefinition(
    IReadOnlyList<ModuleApiDefinition> Modules,
    IReadOnlyDictionary<string, TypeApiDefinition>? Types);

/// <summary>One module (the kebab-case last namespace segment of its contracts, e.g. <c>bookings</c>).</summary>
/// <param name="Name">Module name.</param>
/// <param name="Services">Its services, ordered by name.</param>
public sealed record ModuleApiDefinition(string Name, IReadOnlyList<ServiceApiDefinition> Services);

/// <summary>One application service, exposed as one controller.</summary>
/// <param name="Name">Controller name, e.g. <c>class-sessions</c>.</param>
/// <param name="Contract">Full name of the contract interface, e.g. <c>FitSaaS.Bookings.IClassSessionAppService</c>.</param>
/// <param name="Route">The controller route with a leading slash, e.g. <c>/api/bookings/class-sessions</c>.</param>
/// <param name="Actions">Its actions, ordered by name, then id.</param>
public sealed record ServiceApiDefinition(string Name, string Contract, string Route, IReadOnlyList<ActionApiDefinition> Actions);

/// <summary>One HTTP action (one contract method).</summary>
/// <param name="Id">Unique in the document: <c>{Contract}.{Method}({parameter types})</c>.</param>
/// <param name="Name">The contract method's name without <c>Async</c>, e.g. <c>GetRoster</c>.</param>
/// <param name="HttpMethod">GET, POST, PUT, PATCH or DELETE.</param>
/// <param name="Route">Route template with a leading slash, e.g. <c>/api/bookings/class-sessions/{id}/roster</c>.</param>
/// <param name="Parameters">The parameters sent over HTTP (route, query, body), in declaration order; a cancellation token is not listed.</param>
/// <param name="ReturnType">Type name of the answer, unwrapped from <c>Task&lt;T&gt;</c>; <c>void</c> for <c>Task</c> (the action answers 204).</param>
/// <param name="Contract">Full name of the service's contract interface (the one a C# client resolves), e.g. <c>FitSaaS.Bookings.IBookingAppService</c>.</param>
public sealed record ActionApiDefinition(
    string Id,
    string Name,
    string HttpMethod,
    string Route,
    IReadOnlyList<ParameterApiDefinition> Parameters,
    TypeReferenceApiDefinition ReturnType,
    string Contract);

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

/// <summary>
/// A reference to a type. <see cref="Name"/> is CLR-like: <c>System.Guid</c>, <c>System.Int32?</c> (nullable value type),
/// <c>[FitSaaS.Bookings.BookingDto]</c> (a collection), <c>{System.String:System.String}</c> (a dictionary),
/// <c>FitSaaS.Framework.Application.PagedResultDto&lt;FitSaaS.Bookings.BookingDto&gt;</c> (a closed generic), or <c>void</c>.
/// </summary>
/// <param name="Name">The type name; DTOs and enums are described under it (generic ones under their definition) in the <c>types</c> map.</param>
/// <param name="JsonType">The JSON shape: <c>string</c>, <c>integer</c>, <c>number</c>, <c>boolean</c>, <c>array</c>, <c>object</c>, or <c>void</c>.</param>
public sealed record TypeReferenceApiDefinition(string Name, string JsonType);

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

/// <summary>One DTO property.</summary>
/// <param name="Name">The C# property name.</param>
/// <param name="JsonName">The JSON name under the host's options (camelCase unless <c>[JsonPropertyName]</c> says otherwise).</param>
/// <param name="Type">The property's type.</param>
/// <param name="IsNullable">True when the value may be null.</param>
/// <param name="IsRequired">True when a JSON input must carry it (<c>[Required]</c>, <c>required</c> or <c>[JsonRequired]</c>).</param>
public sealed record PropertyApiDefinition(string Name, string JsonName, TypeReferenceApiDefinition Type, bool IsNullable, bool IsRequired);
