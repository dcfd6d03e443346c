namespace FitSaaS.Framework.AspNetCore.ApiDefinition;

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
