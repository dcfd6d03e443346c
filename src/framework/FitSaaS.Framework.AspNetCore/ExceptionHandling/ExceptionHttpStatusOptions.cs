namespace FitSaaS.Framework.AspNetCore.ExceptionHandling;

/// <summary>
/// Maps error codes to HTTP statuses, once, in the host (domain and application code never choose
/// statuses). Business exceptions without an entry are 422.
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
        [Features.FeatureErrorCodes.NotEnabled] = 403,
        [Features.FeatureErrorCodes.UnknownFeature] = 400,
        [Features.FeatureErrorCodes.InvalidValue] = 400,
    };

    /// <summary>Maps <paramref name="code"/> to <paramref name="status"/>.</summary>
    public ExceptionHttpStatusOptions Map(string code, int status)
    {
        CodeStatuses[code] = status;
        return this;
    }
}
