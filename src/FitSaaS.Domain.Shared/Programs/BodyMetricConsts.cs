namespace FitSaaS.Programs;

/// <summary>Limits of body metrics and their entries, shared by the DTO validation, the domain and the database columns.</summary>
public static class BodyMetricConsts
{
    /// <summary>Maximum length of a metric name.</summary>
    public const int MaxNameLength = 64;

    /// <summary>Maximum length of a metric's unit label (<see cref="BodyMetricUnitKind.Count"/> and <see cref="BodyMetricUnitKind.Custom"/>).</summary>
    public const int MaxUnitLabelLength = 16;

    /// <summary>Maximum length of an entry's notes.</summary>
    public const int MaxNotesLength = 1000;

    /// <summary>Maximum length of a stored enum value.</summary>
    public const int MaxEnumLength = 32;

    /// <summary>The largest value any metric accepts, in its canonical unit (tenant bounds may be narrower).</summary>
    public const decimal MaxValue = 100_000m;

    /// <summary>Decimal places kept of a value as entered (a canonical value converted from it keeps up to ten).</summary>
    public const int MaxValueScale = 3;

    /// <summary>How far in the future (clock skew between a device and the server) a measurement instant may be: 5 minutes.</summary>
    public const int MaxFutureSkewSeconds = 300;

    /// <summary>How many metrics a tenant may define besides the built-in ones.</summary>
    public const int MaxTenantDefinitions = 100;
}
