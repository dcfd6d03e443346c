namespace FitSaaS.Framework.Http;

/// <summary>
/// The client of the current request, as evidence (legal signatures, consents): its IP address and user agent. Outside an
/// HTTP request (jobs, tests in process) both are null. The ASP.NET Core host reads them from the request.
/// </summary>
public interface ICurrentClient
{
    /// <summary>The remote IP address (IPv4 or IPv6 text), or null when unknown.</summary>
    string? IpAddress { get; }

    /// <summary>The <c>User-Agent</c> header, or null when absent.</summary>
    string? UserAgent { get; }
}
