namespace FitSaaS.Framework.Exceptions;

/// <summary>
/// A business rule was violated. Maps to HTTP 422 unless the host's
/// <c>ExceptionHttpStatusOptions</c> configures another status for the code (e.g. 409). Data added
/// with <see cref="WithData"/> appears in the problem's <c>data</c> extension; never put secrets in it.
/// </summary>
public class BusinessException : Exception, IHasErrorCode
{
    /// <summary>Creates the exception with a stable code such as <c>Bookings:SessionStarted</c>.</summary>
    /// <param name="code">Namespaced error code (<c>Module:Reason</c>).</param>
    /// <param name="message">Human-readable message; defaults to the code.</param>
    /// <param name="innerException">The cause, if any.</param>
    public BusinessException(string code, string? message = null, Exception? innerException = null)
        : base(message ?? code, innerException)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        Code = code;
    }

    /// <inheritdoc/>
    public string Code { get; }

    /// <summary>Structured details for clients (camelCase keys, JSON-serializable values).</summary>
    public IDictionary<string, object?> Details { get; } = new Dictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>Adds a detail and returns this exception, for throw expressions.</summary>
    public BusinessException WithData(string key, object? value)
    {
        Details[key] = value;
        return this;
    }
}
