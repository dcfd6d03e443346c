namespace FitSaaS.Framework.AspNetCore.ApiDefinition;

/// <summary>One module (the kebab-case last namespace segment of its contracts, e.g. <c>bookings</c>).</summary>
/// <param name="Name">Module name.</param>
/// <param name="Services">Its services, ordered by name.</param>
public sealed record ModuleApiDefinition(string Name, IReadOnlyList<ServiceApiDefinition> Services);
