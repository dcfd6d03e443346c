namespace FitSaaS.Framework.Exceptions;

/// <summary>
/// Input failed validation; HTTP 400 with code <c>FitSaaS:ValidationFailed</c> and an <c>errors</c>
/// object mapping camelCase field names to messages.
/// </summary>
public sealed class FitSaaSValidationException : Exception, IHasErrorCode
{
    /// <summary>The error code of every validation failure.</summary>
    public const string ErrorCode = "FitSaaS:ValidationFailed";

    /// <summary>Creates the exception from field errors.</summary>
    public FitSaaSValidationException(IReadOnlyDictionary<string, string[]> errors)
        : this(errors, null)
    {
    }

    /// <summary>Creates the exception from field errors and their cause (e.g. the remote call that was refused).</summary>
    public FitSaaSValidationException(IReadOnlyDictionary<string, string[]> errors, Exception? innerException)
        : base("One or more validation errors occurred.", innerException)
    {
        ArgumentNullException.ThrowIfNull(errors);
        Errors = errors;
    }

    /// <summary>Creates the exception for one field.</summary>
    public FitSaaSValidationException(string field, string message)
        : this(new Dictionary<string, string[]> { [field] = [message] })
    {
    }

    /// <summary>Field (camelCase, dotted for nested members) → messages.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }

    /// <inheritdoc/>
    public string Code => ErrorCode;
}
