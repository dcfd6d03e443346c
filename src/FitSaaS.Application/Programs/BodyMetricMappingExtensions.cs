namespace FitSaaS.Programs;

/// <summary>Hand-written mapping of body metrics, entries and goals to their DTOs.</summary>
public static class BodyMetricMappingExtensions
{
    /// <summary>Maps a metric to its DTO.</summary>
    public static BodyMetricDefinitionDto ToDto(this BodyMetric metric)
    {
        ArgumentNullException.ThrowIfNull(metric);
        return new BodyMetricDefinitionDto
        {
            Id = metric.Id,
            IsBuiltIn = metric.IsBuiltIn,
            Key = metric.Key,
            Name = metric.Name,
            UnitKind = metric.UnitKind,
            CanonicalUnit = metric.CanonicalUnit,
            Units = [.. BodyMetricUnits.UnitsOf(metric.UnitKind)],
            UnitSymbol = BodyMetricUnits.SymbolOf(metric.CanonicalUnit, metric.UnitLabel),
            UnitLabel = metric.UnitLabel,
            MinValue = metric.EffectiveMinValue,
            MaxValue = metric.EffectiveMaxValue,
            Preference = metric.Preference,
        };
    }

    /// <summary>Maps an entry to its DTO; <paramref name="metric"/> gives its canonical unit and label (null: an unknown metric, canonical unit taken from the display unit's kind).</summary>
    public static BodyMetricEntryDto ToDto(this BodyMetricEntry entry, BodyMetric? metric)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new BodyMetricEntryDto
        {
            Id = entry.Id,
            MemberId = entry.MemberId,
            MetricId = entry.MetricId,
            Value = entry.Value,
            Unit = metric?.CanonicalUnit ?? CanonicalOf(entry.DisplayUnit),
            DisplayValue = entry.DisplayValue,
            DisplayUnit = entry.DisplayUnit,
            DisplayUnitSymbol = BodyMetricUnits.SymbolOf(entry.DisplayUnit, metric?.UnitLabel),
            MeasuredAt = entry.MeasuredAt,
            Notes = entry.Notes,
            CreationTime = entry.CreationTime,
        };
    }

    /// <summary>Maps a goal and its progress to the DTO.</summary>
    public static GoalDto ToDto(this Goal goal, GoalProgress progress)
    {
        ArgumentNullException.ThrowIfNull(goal);
        ArgumentNullException.ThrowIfNull(progress);
        return new GoalDto
        {
            Id = goal.Id,
            MemberId = goal.MemberId,
            Kind = goal.Kind,
            Status = progress.Status,
            Title = goal.Title,
            Direction = goal.Direction,
            DueDate = goal.DueDate,
            StartedAt = goal.StartedAt,
            AbandonedAt = goal.AbandonedAt,
            TargetValue = goal.TargetValue,
            TargetDisplayValue = goal.TargetDisplayValue,
            TargetDisplayUnit = goal.TargetDisplayUnit,
            StartValue = goal.StartValue,
            CurrentValue = progress.CurrentValue,
            CurrentAt = progress.CurrentAt,
            PercentComplete = progress.PercentComplete,
            IsAchieved = progress.IsAchieved,
            AchievedAt = progress.AchievedAt,
            IsOverdue = progress.IsOverdue,
            MetricId = goal.MetricId,
            WorkoutId = goal.WorkoutId,
            ExerciseId = goal.ExerciseId,
            RepMax = goal.RepMax,
            Division = goal.Division,
            ScoringType = goal.ScoringType,
        };
    }

    private static BodyMetricUnit CanonicalOf(BodyMetricUnit unit) => unit switch
    {
        BodyMetricUnit.Pound => BodyMetricUnit.Kilogram,
        BodyMetricUnit.Inch => BodyMetricUnit.Centimetre,
        _ => unit,
    };
}
