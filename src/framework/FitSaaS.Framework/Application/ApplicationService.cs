namespace FitSaaS.Framework.Application;

/// <summary>
/// Base class of application services: one per aggregate, loading, calling the domain, persisting and
/// mapping. Every public contract method must carry <c>[Authorize]</c> (on the method or class) or
/// <c>[AllowAnonymous]</c>; an architecture test enforces it.
/// </summary>
public abstract class ApplicationService : IApplicationService;
