namespace FitSaaS.Framework.Exceptions;

/// <summary>
/// Maps error codes to HTTP statuses (RFC 9110 §15), read by the web host's exception handler. Each module maps its own codes,
/// once, in its Domain.Shared module class, next to its error-code constants (domain and application code never choose
/// statuses); removing a module removes its entries. Business exceptions without an entry are 422.
/// </summary>
public sealed class ExceptionHttpStatusOptions
{
    /// <summary>
    /// Error code → HTTP status. Default entries: <c>FitSaaS:ConcurrencyConflict</c> → 409,
    /// <c>FitSaaS:RowLevelSecurityViolation</c> → 403, <c>Features:NotEnabled</c> → 403,
    /// <c>Features:UnknownFeature</c> and <c>Features:InvalidValue</c> → 400
    /// (<c>Features:QuotaExceeded</c> keeps the business default, 422).
    /// </summary>
    public IDictionary<string, int> CodeStatuses { get; } = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["FitSaaS:ConcurrencyConflict"] = 409,
        ["FitSaaS:RowLevelSecurityViolation"] = 403,
        [FitSaaS.Framework.Features.FeatureErrorCodes.NotEnabled] = 403,
        [FitSaaS.Framework.Features.FeatureErrorCodes.UnknownFeature] = 400,
        [FitSaaS.Framework.Features.FeatureErrorCodes.InvalidValue] = 400,
    };

    /// <summary>Maps <paramref name="code"/> to <paramref name="status"/>.</summary>
    public ExceptionHttpStatusOptions Map(string code, int status)
    {
        CodeStatuses[code] = status;
        return this;
    }
}
