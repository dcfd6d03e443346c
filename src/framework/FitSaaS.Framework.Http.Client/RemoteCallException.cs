using FitSaaS.Framework.Exceptions;

namespace FitSaaS.Framework.Http.Client;

/// <summary>
/// A remote call failed in a way that has no typed local exception: a 5xx, a 4xx without an error code, a body that
/// is not RFC 9457 problem details, or a successful answer whose body does not match the contract's return type. Keeps the HTTP status and the problem as received. Typed exceptions raised for other
/// failures (<see cref="BusinessException"/>, <see cref="EntityNotFoundException"/>, <see cref="FitSaaSValidationException"/>,
/// <see cref="AuthorizationException"/>) carry a <see cref="RemoteCallException"/> as their inner exception.
/// </summary>
public sealed class RemoteCallException : Exception, IHasErrorCode
{
    /// <summary>Creates the exception for a failed response.</summary>
    /// <param name="message">What failed (method, URL path, status).</param>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="problem">The problem details received, if the body was one.</param>
    /// <param name="innerException">The cause, e.g. the <see cref="System.Text.Json.JsonException"/> of a body that does not match the contract.</param>
    public RemoteCallException(string message, int statusCode, RemoteProblemDetails? problem, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        Problem = problem;
    }

    /// <summary>The HTTP status code of the response.</summary>
    public int StatusCode { get; }

    /// <summary>The RFC 9457 problem details of the response, or null when the body was not one.</summary>
    public RemoteProblemDetails? Problem { get; }

    /// <summary>The problem's <c>code</c>, else <see cref="RemoteServiceErrorCodes.RemoteCallFailed"/>.</summary>
    public string Code => Problem?.Code ?? RemoteServiceErrorCodes.RemoteCallFailed;
}
