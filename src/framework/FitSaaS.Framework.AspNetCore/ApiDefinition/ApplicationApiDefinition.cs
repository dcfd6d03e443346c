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
