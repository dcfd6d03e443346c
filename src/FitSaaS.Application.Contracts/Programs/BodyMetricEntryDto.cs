namespace FitSaaS.Programs;

/// <summary>One measurement of a member's body metric.</summary>
public sealed class BodyMetricEntryDto
{
    /// <summary>The entry id.</summary>
    public Guid Id { get; init; }

    /// <summary>The member (user id).</summary>
    public Guid MemberId { get; init; }

    /// <summary>The metric.</summary>
    public Guid MetricId { get; init; }

    /// <summary>The value in the metric's canonical unit (kg, cm, %, or its label), exact.</summary>
    public decimal Value { get; init; }

    /// <summary>The canonical unit of <see cref="Value"/>.</summary>
    public BodyMetricUnit Unit { get; init; }

    /// <summary>The value as entered.</summary>
    public decimal DisplayValue { get; init; }

    /// <summary>The unit it was entered in.</summary>
    public BodyMetricUnit DisplayUnit { get; init; }

    /// <summary>The symbol of <see cref="DisplayUnit"/> (<c>kg</c>, <c>lb</c>, <c>cm</c>, <c>in</c>, <c>%</c>, or the metric's label).</summary>
    public string DisplayUnitSymbol { get; init; } = string.Empty;

    /// <summary>When it was measured (UTC).</summary>
    public DateTime MeasuredAt { get; init; }

    /// <summary>Notes; null when none.</summary>
    public string? Notes { get; init; }

    /// <summary>When it was logged (UTC).</summary>
    public DateTime CreationTime { get; init; }
}
