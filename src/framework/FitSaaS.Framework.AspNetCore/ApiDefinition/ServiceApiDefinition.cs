namespace FitSaaS.Framework.AspNetCore.ApiDefinition;

/// <summary>One application service, exposed as one controller.</summary>
/// <param name="Name">Controller name, e.g. <c>class-sessions</c>.</param>
/// <param name="Contract">Full name of the contract interface, e.g. <c>FitSaaS.Bookings.IClassSessionAppService</c>.</param>
/// <param name="Route">The controller route with a leading slash, e.g. <c>/api/bookings/class-sessions</c>.</param>
/// <param name="Actions">Its actions, ordered by name, then id.</param>
public sealed record ServiceApiDefinition(string Name, string Contract, string Route, IReadOnlyList<ActionApiDefinition> Actions);
