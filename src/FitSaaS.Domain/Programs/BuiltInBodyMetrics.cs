namespace FitSaaS.Programs;

/// <summary>
/// The body metrics every tenant has, defined in code with fixed ids (ADR 0054): body weight, body fat, six circumferences and
/// resting heart rate. Read-only; tenants add their own as <see cref="BodyMetricDefinition"/>.
/// </summary>
public static class BuiltInBodyMetrics
{
    /// <summary>Body weight: kg (shown kg or lb), 1–700.</summary>
    public static readonly BodyMetric BodyWeight = new(
        new Guid("0b0d7000-0000-4000-8000-000000000001"), "body-weight", "Body weight", BodyMetricUnitKind.Mass, null, 1m, 700m, BodyMetricPreference.None);

    /// <summary>Body fat: percent, 0–100, lower is better.</summary>
    public static readonly BodyMetric BodyFat = new(
        new Guid("0b0d7000-0000-4000-8000-000000000002"), "body-fat", "Body fat", BodyMetricUnitKind.Percent, null, 0m, 100m, BodyMetricPreference.LowerIsBetter);

    /// <summary>Waist circumference: cm (shown cm or in), from 1 cm to 4 m, lower is better.</summary>
    public static readonly BodyMetric Waist = Circumference(3, "waist", "Waist", BodyMetricPreference.LowerIsBetter);

    /// <summary>Hips circumference: cm, from 1 cm to 4 m.</summary>
    public static readonly BodyMetric Hips = Circumference(4, "hips", "Hips", BodyMetricPreference.None);

    /// <summary>Chest circumference: cm, from 1 cm to 4 m.</summary>
    public static readonly BodyMetric Chest = Circumference(5, "chest", "Chest", BodyMetricPreference.None);

    /// <summary>Upper-arm circumference: cm, from 1 cm to 4 m, higher is better.</summary>
    public static readonly BodyMetric Arm = Circumference(6, "arm", "Arm", BodyMetricPreference.HigherIsBetter);

    /// <summary>Thigh circumference: cm, from 1 cm to 4 m.</summary>
    public static readonly BodyMetric Thigh = Circumference(7, "thigh", "Thigh", BodyMetricPreference.None);

    /// <summary>Neck circumference: cm, from 1 cm to 4 m.</summary>
    public static readonly BodyMetric Neck = Circumference(8, "neck", "Neck", BodyMetricPreference.None);

    /// <summary>Resting heart rate: whole beats per minute (<c>bpm</c>), 20–300, lower is better.</summary>
    public static readonly BodyMetric RestingHeartRate = new(
        new Guid("0b0d7000-0000-4000-8000-000000000009"), "resting-heart-rate", "Resting heart rate", BodyMetricUnitKind.Count, "bpm", 20m, 300m, BodyMetricPreference.LowerIsBetter);

    /// <summary>Every built-in metric, in display order.</summary>
    public static readonly IReadOnlyList<BodyMetric> All = [BodyWeight, BodyFat, Waist, Hips, Chest, Arm, Thigh, Neck, RestingHeartRate];

    /// <summary>The built-in metric with this id, or null.</summary>
    public static BodyMetric? Find(Guid id) => All.FirstOrDefault(m => m.Id == id);

    private static BodyMetric Circumference(int number, string key, string name, BodyMetricPreference preference) =>
        new(new Guid($"0b0d7000-0000-4000-8000-00000000000{number}"), key, name, BodyMetricUnitKind.Length, null, 1m, 400m, preference);
}
