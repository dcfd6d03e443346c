using System.Security.Claims;
using FitSaaS.Framework.Users;
using Microsoft.AspNetCore.Http;

namespace FitSaaS.Framework.AspNetCore;

/// <summary>Principal accessor that falls back to the current HTTP request's user.</summary>
internal sealed class HttpContextCurrentPrincipalAccessor(IHttpContextAccessor httpContextAccessor) : AsyncLocalCurrentPrincipalAccessor
{
    protected override ClaimsPrincipal? GetDefaultPrincipal() => httpContextAccessor.HttpContext?.User;
}
