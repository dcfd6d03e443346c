namespace FitSaaS.Framework.Application;

/// <summary>
/// Marks an application-service contract. Interfaces deriving from it are resolved through the
/// interception pipeline (authorization, validation, unit of work), become HTTP endpoints by
/// convention, and can be called through client proxies. Methods must return <see cref="Task"/> or
/// <see cref="Task{TResult}"/> and end in <c>Async</c>.
/// </summary>
public interface IApplicationService;
