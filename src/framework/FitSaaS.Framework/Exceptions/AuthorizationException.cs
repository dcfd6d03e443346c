namespace FitSaaS.Framework.Exceptions;

/// <summary>
/// The caller may not do this: HTTP 401 with code <c>Authorization:Unauthenticated</c> when nobody is
/// signed in, otherwise 403 with code <c>Authorization:Forbidden</c> (or the given code).
/// </summary>
public sealed class AuthorizationException : Exception, IHasErrorCode
{
    /// <summary>Code for a signed-in caller lacking a permission.</summary>
    public const string ForbiddenCode = "Authorization:Forbidden";

    /// <summary>Code for a call that needs a signed-in caller.</summary>
    public const string UnauthenticatedCode = "Authorization:Unauthenticated";

    /// <summary>Creates the exception.</summary>
    /// <param name="message">What was refused (no secrets).</param>
    /// <param name="code">Stable code; default <see cref="ForbiddenCode"/>.</param>
    public AuthorizationException(string message, string code = ForbiddenCode)
        : base(message)
    {
        Code = code;
    }

    /// <summary>Creates the exception with its cause (e.g. the remote call that was refused).</summary>
    /// <param name="message">What was refused (no secrets).</param>
    /// <param name="code">Stable code, e.g. <see cref="ForbiddenCode"/>.</param>
    /// <param name="innerException">The cause.</param>
    public AuthorizationException(string message, string code, Exception? innerException)
        : base(message, innerException)
    {
        Code = code;
    }

    /// <inheritdoc/>
    public string Code { get; }

    /// <summary>The permission that was missing, if that was the reason.</summary>
    public string? PermissionName { get; init; }
}
