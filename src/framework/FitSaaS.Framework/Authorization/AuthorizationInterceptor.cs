using FitSaaS.Framework.Application;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.Users;
using Microsoft.AspNetCore.Authorization;

namespace FitSaaS.Framework.Authorization;

/// <summary>
/// Enforces <see cref="AuthorizeAttribute"/> (policy = permission name; no policy = signed in) and
/// <see cref="AllowAnonymousAttribute"/> on application services, for every caller. Class-level
/// attributes apply to every method; <c>[AllowAnonymous]</c> on a method lifts them.
/// </summary>
public sealed class AuthorizationInterceptor(ICurrentUser currentUser, IPermissionChecker permissionChecker) : IApplicationServiceInterceptor
{
    /// <inheritdoc/>
    public async Task InterceptAsync(ApplicationServiceInvocation invocation, Func<Task> next)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        ArgumentNullException.ThrowIfNull(next);
        var method = invocation.Method;
        if (!method.AllowsAnonymous)
        {
            await CheckAsync(method);
        }

        await next();
    }

    private async Task CheckAsync(ApplicationServiceMethod method)
    {
        // A method without any attribute is denied to anonymous callers: secure by default.
        if (!currentUser.IsAuthenticated)
        {
            throw new AuthorizationException(
                $"Sign-in is required to call {method.InterfaceMethod.Name}.", AuthorizationException.UnauthenticatedCode);
        }

        foreach (var requirement in method.AuthorizeData)
        {
            if (requirement.Policy is { } permission && !await permissionChecker.IsGrantedAsync(permission))
            {
                throw new AuthorizationException($"Permission '{permission}' is required.") { PermissionName = permission };
            }

            if (requirement.Roles is { } roles &&
                !roles.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Any(currentUser.Roles.Contains))
            {
                throw new AuthorizationException($"One of the roles '{roles}' is required.");
            }
        }
    }
}
