using FitSaaS.Framework.Http;
using Microsoft.AspNetCore.Http;

namespace FitSaaS.Framework.AspNetCore;

/// <summary>The current request's remote IP address and user agent.</summary>
internal sealed class HttpContextCurrentClient(IHttpContextAccessor httpContextAccessor) : ICurrentClient
{
    public string? IpAddress => httpContextAccessor.HttpContext?.Connection.RemoteIpAddress?.ToString();

    public string? UserAgent
    {
        get
        {
            var value = httpContextAccessor.HttpContext?.Request.Headers.UserAgent.ToString();
            return string.IsNullOrWhiteSpace(value) ? null : value;
        }
    }
}
