using FitSaaS.Framework.Domain;
using FitSaaS.Framework.Exceptions;
using FitSaaS.Framework.MultiTenancy;

namespace FitSaaS.Programs;

/// <summary>
/// One measurement of a member's body metric: the canonical value (exact), the value and unit as entered, when it was measured
/// (UTC; may be back-dated, never in the future beyond <see cref="BodyMetricConsts.MaxFutureSkewSeconds"/>) and notes. Deleting
/// removes the row (a member's health data, DOMAIN.md §2.17).
/// </summary>
public sealed class BodyMetricEntry : AuditedAggregateRoot<Guid>, IMultiTenant
{
    private BodyMetricEntry()
    {
        // EF Core
    }

    internal BodyMetricEntry(Guid id, Guid? tenantId, Guid memberId, BodyMetric metric, decimal value, BodyMetricUnit? unit, DateTime measuredAt, DateTime now, string? notes)
        : base(id)
    {
        TenantId = tenantId;
        MemberId = memberId;
        MetricId = metric.Id;
        Change(metric, value, unit, measuredAt, now, notes);
    }

    /// <inheritdoc/>
    public Guid? TenantId { get; private set; }

    /// <summary>The member (user id) measured.</summary>
    public Guid MemberId { get; private set; }

    /// <summary>The metric (a built-in's fixed id or a tenant definition's id).</summary>
    public Guid MetricId { get; private set; }

    /// <summary>The value in the metric's canonical unit (kg, cm, %, or its label), exact.</summary>
    public decimal Value { get; private set; }

    /// <summary>The value as entered.</summary>
    public decimal DisplayValue { get; private set; }

    /// <summary>The unit it was entered in.</summary>
    public BodyMetricUnit DisplayUnit { get; private set; }

    /// <summary>When it was measured (UTC).</summary>
    public DateTime MeasuredAt { get; private set; }

    /// <summary>Free-text notes; null when none.</summary>
    public string? Notes { get; private set; }

    /// <summary>Replaces the value, instant and notes (the metric stays).</summary>
    /// <exception cref="BusinessException">
    /// <see cref="ProgramsErrorCodes.UnitNotOfMetricKind"/>, <see cref="ProgramsErrorCodes.BodyMetricValueOutOfRange"/>,
    /// <see cref="ProgramsErrorCodes.MeasuredInFuture"/>.
    /// </exception>
    public void Change(BodyMetric metric, decimal value, BodyMetricUnit? unit, DateTime measuredAt, DateTime now, string? notes)
    {
        ArgumentNullException.ThrowIfNull(metric);
        if (metric.Id != MetricId)
        {
            throw new ArgumentException("An entry's metric does not change.", nameof(metric));
        }

        var checkedValue = metric.ToCanonical(value, unit);
        var utc = measuredAt.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(measuredAt, DateTimeKind.Utc) : measuredAt.ToUniversalTime();
        if (utc > now.AddSeconds(BodyMetricConsts.MaxFutureSkewSeconds))
        {
            throw new BusinessException(ProgramsErrorCodes.MeasuredInFuture, "A measurement cannot be in the future.").WithData("measuredAt", utc);
        }

        var trimmed = string.IsNullOrWhiteSpace(notes) ? null : notes.Trim();
        if (trimmed?.Length > BodyMetricConsts.MaxNotesLength)
        {
            throw new ArgumentException($"Notes have at most {BodyMetricConsts.MaxNotesLength} characters.", nameof(notes));
        }

        Value = checkedValue.Canonical;
        DisplayValue = checkedValue.Display;
        DisplayUnit = checkedValue.DisplayUnit;
        MeasuredAt = TruncateToMicroseconds(utc);
        Notes = trimmed;
    }

    // PostgreSQL keeps microseconds: a value read back must equal the one returned at creation.
    private static DateTime TruncateToMicroseconds(DateTime utc) => new(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);
}
